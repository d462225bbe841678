package eu.cinema.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of the brownfield land register data standard, which site files are read in and the register
 * export is written in, and how the portal's own export names the same things, so that a file the portal wrote
 * imports back onto the same sites.
 */
public final class BrownfieldRegister {

    /** Every column of the standard, in its order. */
    public static final List<String> COLUMNS = List.of("OrganisationURI", "OrganisationLabel", "SiteReference",
            "PreviouslyPartOf", "SiteNameAddress", "SiteplanURL", "CoordinateReferenceSystem", "GeoX", "GeoY", "Hectares",
            "OwnershipStatus", "Deliverable", "PlanningStatus", "PermissionType", "PermissionDate", "PlanningHistory",
            "ProposedForPIP", "MinNetDwellings", "DevelopmentDescription", "NonHousingDevelopment", "Part2",
            "NetDwellingsRangeFrom", "NetDwellingsRangeTo", "HazardousSubstances", "SiteInformation", "Notes",
            "FirstAddedDate", "LastUpdatedDate", "EndDate");
    /** Not in the standard, but read and written: the town, where a register covers several. */
    public static final String CITY = "City";
    /** The register's coordinate system name for WGS 84, as the portal writes it. */
    public static final String WGS84 = "WGS84";

    /** The portal's export names (GeoJSON properties, CSV columns) of what the register also has. */
    private static final Map<String, String> PORTAL_NAMES = Map.of("reference", "SiteReference", "name", "SiteNameAddress",
            "city", CITY, "longitude", "GeoX", "latitude", "GeoY", "landAreaHa", "Hectares", "ownership", "OwnershipStatus",
            "description", "SiteInformation", "firstAdded", "FirstAddedDate", "lastUpdated", "LastUpdatedDate");
    private static final Map<Ownership, String> OWNERSHIP_WORDS = Map.of(Ownership.PUBLIC, "owned by a public authority",
            Ownership.PRIVATE, "not owned by a public authority", Ownership.MIXED, "mixed ownership",
            Ownership.UNKNOWN, "unknown ownership");

    private BrownfieldRegister() {
    }

    /** The register column a file's column or property stands for, in any case, under its own or the portal's name. */
    public static Optional<String> column(String name) {
        String given = name.strip();
        Optional<String> standard = COLUMNS.stream().filter(column -> column.equalsIgnoreCase(given)).findFirst();
        if (standard.isPresent() || CITY.equalsIgnoreCase(given)) {
            return standard.or(() -> Optional.of(CITY));
        }
        return PORTAL_NAMES.entrySet().stream().filter(portal -> portal.getKey().equalsIgnoreCase(given))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Whether a name is the portal's own for the longitude, which means WGS 84 when the file names no system. */
    public static boolean isPortalLongitude(String name) {
        return name.strip().equalsIgnoreCase("longitude");
    }

    /** The standard's words for an ownership. */
    public static String words(Ownership ownership) {
        return OWNERSHIP_WORDS.get(ownership);
    }

    /** The ownership that the standard's words (in any case and spacing) or the portal's code name; empty if neither. */
    public static Optional<Ownership> ownership(String text) {
        String words = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return OWNERSHIP_WORDS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(words) || entry.getKey().name().equalsIgnoreCase(words))
                .map(Map.Entry::getKey).findFirst();
    }
}
