package eu.cinema.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import eu.cinema.mapping.BoundingBox;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.partner.PartnerRole;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.pilot.progress.ReportingService;
import eu.cinema.plan.PlanService;
import eu.cinema.plan.PlanVersion;
import eu.cinema.project.Project;
import eu.cinema.project.ProjectOverview;

/**
 * The portal's open datasets, the ways to get each and the services over them: one description that the DCAT-AP
 * catalogue ({@link CatalogRdf}) and the open-data page both show, so that they cannot disagree. Addresses are paths;
 * the catalogue makes them absolute with the portal's public address.
 */
@Service
@EnableConfigurationProperties(OpenDataSettings.class)
public class OpenDataCatalog {

    /** The EU's vocabularies that the catalogue's codes come from. */
    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

    private final LayerService layers;
    private final ReportingService pilots;
    private final PlanService plans;
    private final ProjectOverview project;
    private final PartnerRepository partners;
    private final OpenDataSettings settings;

    OpenDataCatalog(LayerService layers, ReportingService pilots, PlanService plans, ProjectOverview project,
            PartnerRepository partners, OpenDataSettings settings) {
        this.layers = layers;
        this.pilots = pilots;
        this.plans = plans;
        this.project = project;
        this.partners = partners;
        this.settings = settings;
    }

    /**
     * One way to get a dataset.
     *
     * @param id        unique within its dataset
     * @param path      where it is, relative to the portal
     * @param mediaType its IANA media type
     * @param fileType  its code in the EU's file-type vocabulary
     * @param download  whether the address is the file itself (otherwise a page or an API that leads to it)
     */
    public record Distribution(String id, String path, String mediaType, String fileType, boolean download) {
    }

    /**
     * One dataset. Its keywords are the message {@code opendata.<id>.keywords}, a list separated by commas.
     *
     * @param titleKey       the message of its title
     * @param descriptionKey the message of its description
     * @param theme     its code in the EU's data-theme vocabulary
     * @param frequency its code in the EU's frequency vocabulary
     * @param modified  when its data last changed, if known
     * @param extent    the box around its features, for a dataset on the map
     * @param from      the start of the time it covers
     * @param to        the end of the time it covers, or null while it goes on
     * @param landing   the page where people see it
     */
    public record Dataset(String id, String titleKey, String descriptionKey, String theme, String frequency, Optional<Instant> modified, Optional<BoundingBox> extent,
            LocalDate from, LocalDate to, String landing, List<Distribution> distributions) {
    }

    /**
     * A service over datasets.
     *
     * @param endpoint            the path of its root
     * @param addresses           the paths it answers, as a pattern for people
     * @param endpointDescription the path of the document that describes the service for machines, or null
     * @param conformsTo          the standard it implements
     */
    public record DataService(String id, String endpoint, String addresses, String endpointDescription, String conformsTo,
            List<String> datasets) {
    }

    /** The catalogue as a whole, with who publishes it and who answers for it. */
    public record Catalog(List<Dataset> datasets, List<DataService> services, String publisherName, String publisherWebsite,
            OpenDataSettings terms, Instant modified) {
    }

    public Catalog describe() {
        Project about = project.project();
        List<Dataset> datasets = List.of(layer(MapLayer.SITES, "REGI", about), layer(MapLayer.RETAIL, "ECON", about),
                layer(MapLayer.ACTORS, "ECON", about),
                new Dataset("pilots", "pilots.heading", "opendata.pilots.description", "REGI", "IRREG", pilots.newestPublished().stream().findFirst().map(ProgressUpdate::getCreatedAt),
                        Optional.empty(), about.getStartsOn(), about.getEndsOn(), "/pilots", List.of(
                                new Distribution("atom", "/pilots/feed.atom", "application/atom+xml", "ATOM", true),
                                new Distribution("html", "/pilots", "text/html", "HTML", false))),
                new Dataset("plans", "plans.heading", "opendata.plans.description", "GOVE", "IRREG", plans.newestPublications().stream().findFirst().map(PlanVersion::getPublishedAt),
                        Optional.empty(), about.getStartsOn(), null, "/plans", List.of(
                                new Distribution("atom", "/plans/feed.atom", "application/atom+xml", "ATOM", true),
                                new Distribution("html", "/plans", "text/html", "HTML", false))));
        List<String> mapped = List.of(MapLayer.SITES.id(), MapLayer.RETAIL.id(), MapLayer.ACTORS.id());
        List<DataService> services = List.of(
                new DataService("ogcapi", "/ogcapi", "/ogcapi", "/ogcapi/api", "http://www.opengis.net/spec/ogcapi-features-1/1.0",
                        mapped),
                new DataService("tiles", "/tiles", "/tiles/{layer}/{z}/{x}/{y}.mvt", null, "https://github.com/mapbox/vector-tile-spec",
                        mapped));
        Partner lead = partners.findAllByOrderBySortOrderAsc().stream().filter(p -> p.getRole() == PartnerRole.LEAD_PARTNER)
                .findFirst().orElseThrow();
        Instant modified = datasets.stream().flatMap(d -> d.modified().stream()).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Catalog(datasets, services, lead.getNameEn(), lead.getWebsite(), settings, modified);
    }

    private Dataset layer(MapLayer layer, String theme, Project about) {
        String id = layer.id();
        List<Distribution> ways = new ArrayList<>(List.of(
                new Distribution("geojson", "/api/layers/" + id + "?limit=10000", "application/geo+json", "GEOJSON", true),
                new Distribution("csv", "/api/layers/" + id + ".csv?limit=10000", "text/csv", "CSV", true),
                new Distribution("ogcapi", "/ogcapi/collections/" + id + "/items", "application/geo+json", "GEOJSON", false)));
        if (layer == MapLayer.SITES) {
            ways.add(new Distribution("register", "/api/layers/sites/brownfield-register.csv?limit=10000", "text/csv", "CSV", true));
        }
        return new Dataset(id, "map.layer." + id, "roadmap." + layer.theme() + ".intro", theme, "CONT", Optional.of(layers.lastChange(List.of(layer))), layers.extent(layer),
                about.getStartsOn(), null, "/map/" + layer.theme().slug(), List.copyOf(ways));
    }
}
