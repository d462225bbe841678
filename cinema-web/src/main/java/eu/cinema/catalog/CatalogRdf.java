package eu.cinema.catalog;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.cinema.catalog.OpenDataCatalog.Catalog;
import eu.cinema.catalog.OpenDataCatalog.DataService;
import eu.cinema.catalog.OpenDataCatalog.Dataset;
import eu.cinema.catalog.OpenDataCatalog.Distribution;
import eu.cinema.mapping.BoundingBox;
import eu.cinema.region.Country;
import eu.cinema.region.CountryRepository;
import eu.cinema.web.PublicUrl;
import eu.cinema.web.i18n.SupportedLanguages;

/**
 * The catalogue in DCAT-AP 3.0, the profile the European data portal and the national portals harvest, written
 * with Apache Jena as JSON-LD, Turtle or RDF/XML. Texts come in every language of the portal; codes come from the
 * EU's vocabularies (languages, countries, data themes, frequencies, file types, access rights).
 */
@Component
public class CatalogRdf {

    /** The formats a harvester may ask for, with their media types. */
    public enum Format {
        JSON_LD(Lang.JSONLD, "application/ld+json"), TURTLE(Lang.TURTLE, "text/turtle"), RDF_XML(Lang.RDFXML, "application/rdf+xml");

        private final Lang lang;
        private final String mediaType;

        Format(Lang lang, String mediaType) {
            this.lang = lang;
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCATAP = "http://data.europa.eu/r5r/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    private static final Resource CATALOG = type(DCAT, "Catalog");
    private static final Resource DATASET = type(DCAT, "Dataset");
    private static final Resource DISTRIBUTION = type(DCAT, "Distribution");
    private static final Resource DATA_SERVICE = type(DCAT, "DataService");

    private final OpenDataCatalog catalog;
    private final MessageSource messages;
    private final SupportedLanguages languages;
    private final CountryRepository countries;
    private final PublicUrl publicUrl;

    CatalogRdf(OpenDataCatalog catalog, MessageSource messages, SupportedLanguages languages, CountryRepository countries,
            PublicUrl publicUrl) {
        this.catalog = catalog;
        this.messages = messages;
        this.languages = languages;
        this.countries = countries;
        this.publicUrl = publicUrl;
    }

    public byte[] write(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model(), format.lang);
        return out.toByteArray();
    }

    /** The catalogue as an RDF graph. */
    public Model model() {
        Catalog described = catalog.describe();
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("vcard", VCARD);
        model.setNsPrefix("dcatap", DCATAP);
        model.setNsPrefix("geo", GEOSPARQL);

        String page = publicUrl.of("/open-data");
        Resource publisher = model.createResource(page + "#publisher", model.createResource(FOAF + "Agent"))
                .addProperty(property(FOAF, "name"), described.publisherName())
                .addProperty(DCTerms.type, model.createResource("http://purl.org/adms/publishertype/NonProfitOrganisation"));
        if (described.publisherWebsite() != null) {
            publisher.addProperty(property(FOAF, "homepage"), model.createResource(described.publisherWebsite()));
        }
        Resource contact = model.createResource(page + "#contact", model.createResource(VCARD + "Organization"))
                .addProperty(property(VCARD, "fn"), described.terms().contactName())
                .addProperty(property(VCARD, "hasEmail"), model.createResource("mailto:" + described.terms().contactEmail()));
        Resource licence = model.createResource(described.terms().licence(), DCTerms.LicenseDocument);
        Resource publicAccess = model.createResource(OpenDataCatalog.EU_AUTHORITY + "access-right/PUBLIC");

        Resource root = model.createResource(publicUrl.of("/catalog"), CATALOG);
        texts(root, DCTerms.title, "opendata.catalog.title");
        texts(root, DCTerms.description, "opendata.catalog.description");
        root.addProperty(DCTerms.publisher, publisher)
                .addProperty(property(FOAF, "homepage"), model.createResource(page))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.modified, dateTime(model, described))
                .addProperty(property(DCAT, "themeTaxonomy"), model.createResource(OpenDataCatalog.EU_AUTHORITY + "data-theme"));
        for (Locale language : languages.all()) {
            root.addProperty(DCTerms.language, model.createResource(OpenDataCatalog.EU_AUTHORITY + "language/"
                    + language.getISO3Language().toUpperCase(Locale.ROOT)));
        }
        List<Resource> partnership = countries.findByPartnershipTrueOrderByNameEn().stream().map(country -> country(model, country)).toList();
        partnership.forEach(country -> root.addProperty(DCTerms.spatial, country));

        for (Dataset dataset : described.datasets()) {
            Resource node = model.createResource(page + "#" + dataset.id(), DATASET);
            root.addProperty(property(DCAT, "dataset"), node);
            texts(node, DCTerms.title, dataset.titleKey());
            texts(node, DCTerms.description, dataset.descriptionKey());
            for (Locale language : languages.all()) {
                for (String keyword : messages.getMessage("opendata." + dataset.id() + ".keywords", null, language).split(",")) {
                    node.addProperty(property(DCAT, "keyword"), keyword.strip(), language.toLanguageTag());
                }
            }
            node.addProperty(DCTerms.identifier, node.getURI())
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(property(DCAT, "contactPoint"), contact)
                    .addProperty(DCTerms.accessRights, publicAccess)
                    .addProperty(property(DCAT, "theme"), model.createResource(OpenDataCatalog.EU_AUTHORITY + "data-theme/" + dataset.theme()))
                    .addProperty(DCTerms.accrualPeriodicity,
                            model.createResource(OpenDataCatalog.EU_AUTHORITY + "frequency/" + dataset.frequency()))
                    .addProperty(property(DCAT, "landingPage"), model.createResource(publicUrl.of(dataset.landing()),
                            model.createResource(FOAF + "Document")))
                    .addProperty(DCTerms.temporal, period(model, dataset));
            partnership.forEach(country -> node.addProperty(DCTerms.spatial, country));
            dataset.extent().ifPresent(box -> node.addProperty(DCTerms.spatial, location(model, box)));
            dataset.modified().ifPresent(modified -> node.addProperty(DCTerms.modified,
                    model.createTypedLiteral(modified.atOffset(ZoneOffset.UTC).withNano(0).toString(), XSDDatatype.XSDdateTime)));
            for (Distribution distribution : dataset.distributions()) {
                node.addProperty(property(DCAT, "distribution"), distribution(model, dataset, distribution, licence, page));
            }
        }
        for (DataService service : described.services()) {
            Resource node = model.createResource(page + "#" + service.id(), DATA_SERVICE);
            root.addProperty(property(DCAT, "service"), node);
            texts(node, DCTerms.title, "opendata.service." + service.id() + ".title");
            texts(node, DCTerms.description, "opendata.service." + service.id() + ".description");
            node.addProperty(property(DCAT, "endpointURL"), model.createResource(publicUrl.of(service.endpoint())))
                    .addProperty(DCTerms.conformsTo, model.createResource(service.conformsTo()))
                    .addProperty(DCTerms.license, licence)
                    .addProperty(DCTerms.accessRights, publicAccess)
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(property(DCAT, "contactPoint"), contact);
            if (service.endpointDescription() != null) {
                node.addProperty(property(DCAT, "endpointDescription"), model.createResource(publicUrl.of(service.endpointDescription())));
            }
            service.datasets().forEach(id -> node.addProperty(property(DCAT, "servesDataset"), model.createResource(page + "#" + id)));
        }
        return model;
    }

    private Resource distribution(Model model, Dataset dataset, Distribution distribution, Resource licence, String page) {
        Resource node = model.createResource(page + "#" + dataset.id() + "-" + distribution.id(), DISTRIBUTION);
        texts(node, DCTerms.title, "opendata.distribution." + distribution.id());
        String url = publicUrl.of(distribution.path());
        node.addProperty(property(DCAT, "accessURL"), model.createResource(url))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.format, model.createResource(OpenDataCatalog.EU_AUTHORITY + "file-type/" + distribution.fileType()))
                .addProperty(property(DCAT, "mediaType"),
                        model.createResource("https://www.iana.org/assignments/media-types/" + distribution.mediaType()))
                .addProperty(property(DCATAP, "availability"), model.createResource(DCATAP + "availability/stable"));
        texts(node, DCTerms.description, "opendata.distribution." + distribution.id() + ".description");
        if (distribution.download()) {
            node.addProperty(property(DCAT, "downloadURL"), model.createResource(url));
        }
        if (distribution.id().equals("ogcapi")) {
            node.addProperty(property(DCAT, "accessService"), model.createResource(page + "#ogcapi"));
        }
        return node;
    }

    /** A text in every language of the portal, each tagged with its language. */
    private void texts(Resource node, Property property, String key) {
        for (Locale language : languages.all()) {
            node.addProperty(property, messages.getMessage(key, null, language), language.toLanguageTag());
        }
    }

    private static Resource period(Model model, Dataset dataset) {
        Resource period = model.createResource(DCTerms.PeriodOfTime)
                .addProperty(property(DCAT, "startDate"), model.createTypedLiteral(dataset.from().toString(), XSDDatatype.XSDdate));
        if (dataset.to() != null) {
            period.addProperty(property(DCAT, "endDate"), model.createTypedLiteral(dataset.to().toString(), XSDDatatype.XSDdate));
        }
        return period;
    }

    /** The box around a dataset's features, as GeoSPARQL's WKT (CRS84, longitude first). */
    private static Resource location(Model model, BoundingBox box) {
        String wkt = String.format(Locale.ROOT, "POLYGON((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, %1$s %2$s))",
                box.west(), box.south(), box.east(), box.north());
        return model.createResource(DCTerms.Location)
                .addProperty(property(DCAT, "bbox"), model.createTypedLiteral(wkt, TypeMapper.getInstance().getSafeTypeByName(GEOSPARQL + "wktLiteral")));
    }

    private static Resource country(Model model, Country country) {
        return model.createResource(OpenDataCatalog.EU_AUTHORITY + "country/" + new Locale("", country.getCode()).getISO3Country(),
                DCTerms.Location);
    }

    private static Literal dateTime(Model model, Catalog described) {
        return model.createTypedLiteral(described.modified().atOffset(ZoneOffset.UTC).withNano(0).toString(), XSDDatatype.XSDdateTime);
    }

    private static Property property(String namespace, String name) {
        return ResourceFactory.createProperty(namespace, name);
    }

    private static Resource type(String namespace, String name) {
        return ResourceFactory.createResource(namespace + name);
    }
}
