package eu.cinema.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * The DCAT-AP 3.0 catalogue, parsed back with Apache Jena and checked for the profile's mandatory and recommended
 * properties of each class it uses; every address it gives answers.
 */
@PortalIntegrationTest
class CatalogIntegrationTests {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final List<String> LANGUAGES = List.of("en", "de", "ro", "sl", "sk", "bg", "sr-Latn");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/ld+json, JSONLD", "text/turtle, TURTLE", "application/rdf+xml, RDFXML",
            "'text/html,*/*;q=0.8', TURTLE", "'text/turtle;q=0.5, application/ld+json', JSONLD"})
    void theCatalogueComesInTheFormatAskedForAndSaysTheSameInEach(String accept, String expected) {
        Page page = new PortalClient(port).get("/catalog", accept);
        Lang lang = Map.of("JSONLD", Lang.JSONLD, "TURTLE", Lang.TURTLE, "RDFXML", Lang.RDFXML).get(expected);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith(lang.getHeaderString());
        assertThat(parse(page.body(), lang).isIsomorphicWith(parse(new PortalClient(port).get("/catalog.ttl", "*/*").body(),
                Lang.TURTLE))).isTrue();
    }

    @Test
    void theCatalogueHasEveryMandatoryAndRecommendedProperty() {
        Model catalogue = parse(new PortalClient(port).get("/catalog.jsonld", "*/*").body(), Lang.JSONLD);

        Resource root = only(catalogue, type("Catalog"));
        assertHas(root, DCTerms.title, DCTerms.description, DCTerms.publisher, property("dataset"), property("service"),
                property("http://xmlns.com/foaf/0.1/", "homepage"), DCTerms.language, DCTerms.license, DCTerms.modified,
                DCTerms.spatial, property("themeTaxonomy"));
        assertInEveryLanguage(root, DCTerms.title);

        List<Resource> datasets = catalogue.listSubjectsWithProperty(RDF.type, type("Dataset")).toList();
        assertThat(datasets).extracting(d -> d.getURI().substring(d.getURI().indexOf('#') + 1))
                .containsExactlyInAnyOrder("sites", "retail", "actors", "pilots", "plans");
        for (Resource dataset : datasets) {
            assertHas(dataset, DCTerms.title, DCTerms.description, property("contactPoint"), property("distribution"),
                    property("keyword"), DCTerms.publisher, DCTerms.spatial, DCTerms.temporal, property("theme"),
                    DCTerms.accrualPeriodicity, DCTerms.accessRights, property("landingPage"), DCTerms.identifier);
            assertInEveryLanguage(dataset, DCTerms.title);
            assertInEveryLanguage(dataset, DCTerms.description);
            assertInEveryLanguage(dataset, property("keyword"));
        }
        for (Resource distribution : catalogue.listSubjectsWithProperty(RDF.type, type("Distribution")).toList()) {
            assertHas(distribution, property("accessURL"), DCTerms.format, DCTerms.license, DCTerms.description,
                    property("http://data.europa.eu/r5r/", "availability"), property("mediaType"));
        }
        for (Resource service : catalogue.listSubjectsWithProperty(RDF.type, type("DataService")).toList()) {
            assertHas(service, property("endpointURL"), DCTerms.title, property("servesDataset"), DCTerms.license);
        }
        Resource publisher = root.getPropertyResourceValue(DCTerms.publisher);
        assertHas(publisher, property("http://xmlns.com/foaf/0.1/", "name"), DCTerms.type);
        assertThat(publisher.getProperty(property("http://xmlns.com/foaf/0.1/", "name")).getString())
                .isEqualTo("Chamber of Commerce and Industry of Slovenia");
        assertThat(root.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void everyAddressTheCatalogueGivesAnswers() {
        Model catalogue = parse(new PortalClient(port).get("/catalog.ttl", "*/*").body(), Lang.TURTLE);
        Set<String> addresses = catalogue.listStatements().toList().stream()
                .filter(s -> Set.of("accessURL", "downloadURL", "landingPage", "endpointDescription")
                        .contains(s.getPredicate().getLocalName()))
                .map(Statement::getObject).map(o -> o.asResource().getURI()).collect(Collectors.toSet());

        assertThat(addresses).hasSizeGreaterThan(15);
        for (String address : addresses) {
            URI uri = URI.create(address);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            assertThat(new PortalClient(port).get(path, "*/*").status()).as(address).isEqualTo(200);
        }
    }

    @Test
    void theCatalogueIsOpenDataForEveryOriginAndThePageForPeopleIsLinkedFromEveryPage() {
        Page fromElsewhere = new PortalClient(port).get("/catalog", "text/turtle", Map.of("Origin", "https://data.europa.eu"));
        Page page = new PortalClient(port).get("/open-data", "text/html");

        assertThat(fromElsewhere.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(page.status()).isEqualTo(200);
        HtmlChecker.assertValid("/open-data", page.body());
        assertThat(page.document().select("section.open-dataset h2").eachText()).containsExactly(
                "Empty and under-used floor space", "Retail and small-business revitalisation", "Creative industries",
                "Pilot collaborations", "Local action plans");
        assertThat(page.document().select("a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(new PortalClient(port).get("/").document().select("footer a[href='/open-data']")).hasSize(1);
        assertThat(new PortalClient(port).get("/map").document().select("main a[href='/open-data']")).hasSize(1);
        assertThat(new PortalClient(port).get("/catalog.xml", "*/*").status()).isEqualTo(404);
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }

    private static Resource only(Model model, Resource type) {
        List<Resource> found = model.listSubjectsWithProperty(RDF.type, type).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertHas(Resource subject, Property... properties) {
        for (Property property : properties) {
            assertThat(subject.hasProperty(property)).as(subject + " has " + property).isTrue();
        }
    }

    private static void assertInEveryLanguage(Resource subject, Property property) {
        assertThat(subject.listProperties(property).toList().stream().map(s -> s.getLanguage()).collect(Collectors.toSet()))
                .as(subject + " " + property).containsAll(LANGUAGES);
    }

    private static Resource type(String name) {
        return ResourceFactory.createResource(DCAT + name);
    }

    private static Property property(String name) {
        return ResourceFactory.createProperty(DCAT, name);
    }

    private static Property property(String namespace, String name) {
        return ResourceFactory.createProperty(namespace, name);
    }
}
