package eu.cinema.mapping;

import java.util.Arrays;
import java.util.Optional;

/**
 * The coordinate reference systems the open data is offered in (OGC API - Features, Part 2): CRS84 as stored,
 * the European and web ones, and the national system of each partnership country. PostGIS transforms; PostGIS
 * always writes easting (or longitude) first, so a system whose axis order in the EPSG register is northing (or
 * latitude) first has its coordinates swapped, as the standard asks. The axis orders are the EPSG register's,
 * read from PROJ 9.1's database.
 *
 * @param northingFirst whether the register's first axis is northing or latitude
 * @param decimals      digits kept after the point: about 10 cm in degrees, 1 cm in metres
 */
public enum CoordinateSystem {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 6),
    WGS84(4326, true, 6),
    WEB_MERCATOR(3857, false, 2),
    LAEA_EUROPE(3035, true, 2),
    GERMANY_UTM_32(25832, false, 2),
    AUSTRIA_LAMBERT(31287, true, 2),
    SLOVENIA_GRID(3794, false, 2),
    KROVAK_EAST_NORTH(5514, false, 2),
    ROMANIA_STEREO_70(3844, true, 2),
    BULGARIA_CCS2005(7801, true, 2),
    SERBIA_UTM_34(8682, false, 2),
    MOLDOVA_TM(4026, true, 2);

    private static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";

    private final String uri;
    private final int srid;
    private final boolean northingFirst;
    private final int decimals;

    CoordinateSystem(int srid, boolean northingFirst, int decimals) {
        this(EPSG + srid, srid, northingFirst, decimals);
    }

    CoordinateSystem(String uri, int srid, boolean northingFirst, int decimals) {
        this.uri = uri;
        this.srid = srid;
        this.northingFirst = northingFirst;
        this.decimals = decimals;
    }

    public String uri() {
        return uri;
    }

    /** The PostGIS spatial reference id. */
    public int srid() {
        return srid;
    }

    public boolean northingFirst() {
        return northingFirst;
    }

    public int decimals() {
        return decimals;
    }

    /** Degrees of latitude and longitude rather than metres on a map projection. */
    public boolean geographic() {
        return srid == 4326;
    }

    /** The system a URI names; "https" and a trailing slash are forgiven, nothing else is. */
    public static Optional<CoordinateSystem> byUri(String text) {
        String uri = text.strip().replaceFirst("^https://", "http://").replaceFirst("/$", "");
        return Arrays.stream(values()).filter(crs -> crs.uri.equals(uri)).findFirst();
    }
}
