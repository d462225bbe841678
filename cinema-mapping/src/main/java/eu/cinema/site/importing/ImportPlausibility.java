package eu.cinema.site.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import eu.cinema.region.CountryOutlines;

/**
 * Whether each imported site lands where its file says it should, before anything is saved: in the chosen country
 * (by the country outlines, with their margin), and within {@value #MAX_KM_FROM_CITY} km of the town it names (when
 * the portal knows the town). A row that lands elsewhere is a problem that says where it would land and, when one
 * reading puts it in the chosen country, what was probably meant: easting and northing swapped, or another
 * coordinate system (one the file names elsewhere, or one that registers commonly use). With the country "from each
 * site's position", each row takes the country it lands in.
 */
@Component
class ImportPlausibility {

    static final double MAX_KM_FROM_CITY = 50;
    /** Chooses the country of each site by its position instead of one for the file. */
    static final String FROM_POSITION = "*";
    /** Systems registers commonly use: WGS 84, Web Mercator, LAEA Europe, ETRS89, British National Grid, and the national ones. */
    private static final List<Integer> COMMON_SYSTEMS = List.of(4326, 3857, 3035, 4258, 27700, 25832, 31287, 3794, 5514,
            3844, 7801, 8682, 4026);
    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final JdbcTemplate jdbc;
    private final CountryOutlines outlines;

    ImportPlausibility(JdbcTemplate jdbc, CountryOutlines outlines) {
        this.jdbc = jdbc;
        this.outlines = outlines;
    }

    /** The portal's towns by their names, local and English, without case and accents ("kosice" for Košice). */
    Map<String, double[]> towns() {
        Map<String, double[]> towns = new HashMap<>();
        jdbc.query("SELECT name, name_en, ST_X(location), ST_Y(location) FROM city", (ResultSet rs) -> {
            double[] at = {rs.getDouble(3), rs.getDouble(4)};
            towns.put(plain(rs.getString(1)), at);
            towns.put(plain(rs.getString(2)), at);
        });
        return towns;
    }

    /**
     * The rows that land where they should, each with its country; a problem for each of the others.
     *
     * @param given   the rows as read, in their own coordinate systems, in the order of {@code inWgs84}
     * @param inWgs84 the same rows in WGS 84
     * @param named   the coordinate systems the file's rows name so far
     */
    List<ImportRow> check(String country, List<ImportRow> given, List<ImportRow> inWgs84, Set<Integer> named,
            Map<String, double[]> towns, Consumer<ImportProblem> problems) {
        Map<Integer, ImportRow> asGiven = new HashMap<>();
        given.forEach(row -> asGiven.put(row.row(), row));
        List<ImportRow> plausible = new ArrayList<>();
        List<ImportRow> misplaced = new ArrayList<>();
        for (ImportRow row : inWgs84) {
            String landsIn = outlines.countryAt(row.x(), row.y()).orElse(null);
            String rowCountry = FROM_POSITION.equals(country) ? landsIn : country;
            if (rowCountry == null) {
                problems.accept(ImportProblem.of(row.row(), "GeoX", "import.error.noCountry", degrees(row.y()), degrees(row.x())));
            } else if (!FROM_POSITION.equals(country) && misplaced(country, row, landsIn)) {
                misplaced.add(row);
            } else if (!farFromTown(row, towns, problems)) {
                plausible.add(row.inCountry(rowCountry));
            }
        }
        if (!misplaced.isEmpty()) {
            Map<Integer, String> meant = probablyMeant(country, misplaced.stream().map(row -> asGiven.get(row.row())).toList(), named);
            Locale reader = LocaleContextHolder.getLocale();
            for (ImportRow row : misplaced) {
                Object landsIn = outlines.countryAt(row.x(), row.y()).<Object>map(code -> countryName(code, reader))
                        .orElse(new DefaultMessageSourceResolvable("import.nowhere"));
                String hint = meant.get(row.row());
                problems.accept(ImportProblem.of(row.row(), "GeoX", hint == null ? "import.error.outsideCountry"
                        : hint.equals("swapped") ? "import.error.outsideCountrySwapped" : "import.error.outsideCountryOtherSystem",
                        degrees(row.y()), degrees(row.x()), landsIn, countryName(country, reader), hint == null ? "" : hint));
            }
        }
        return plausible;
    }

    /** Beyond the margin of the chosen country's outline; for a country without one, inside another country's. */
    private boolean misplaced(String country, ImportRow row, String landsIn) {
        return outlines.hasOutline(country) ? !outlines.inOrNear(country, row.x(), row.y())
                : landsIn != null && !landsIn.equals(country);
    }

    private static boolean farFromTown(ImportRow row, Map<String, double[]> towns, Consumer<ImportProblem> problems) {
        double[] town = row.cityName() == null ? null : towns.get(plain(row.cityName()));
        if (town == null) {
            return false;
        }
        double km = kilometres(row.x(), row.y(), town[0], town[1]);
        if (km <= MAX_KM_FROM_CITY) {
            return false;
        }
        problems.accept(ImportProblem.of(row.row(), "GeoX", "import.error.farFromTown", Math.round(km), row.cityName(),
                (long) MAX_KM_FROM_CITY));
        return true;
    }

    /**
     * For each misplaced row, the reading that puts it in the chosen country: "swapped", or the name of another
     * system ("EPSG:27700"); PostGIS tries them all in one statement.
     */
    private Map<Integer, String> probablyMeant(String country, List<ImportRow> rows, Set<Integer> named) {
        Map<Integer, String> meant = new HashMap<>();
        if (!outlines.hasOutline(country)) {
            return meant;
        }
        List<Guess> guesses = new ArrayList<>();
        for (ImportRow row : rows) {
            guesses.add(new Guess(row.row(), row.y(), row.x(), row.srid(), "swapped"));
            Set<Integer> systems = new LinkedHashSet<>(named);
            systems.addAll(COMMON_SYSTEMS);
            systems.remove(row.srid());
            for (int srid : systems) {
                guesses.add(new Guess(row.row(), row.x(), row.y(), srid, "EPSG:" + srid));
            }
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement guess = connection.prepareStatement("""
                    SELECT u.i, u.label, ST_X(g), ST_Y(g)
                    FROM unnest(?::int[], ?::float8[], ?::float8[], ?::int[], ?::text[]) WITH ORDINALITY AS u(i, x, y, srid, label, n)
                    JOIN spatial_ref_sys s ON s.srid = u.srid
                    CROSS JOIN LATERAL import_try_transform(u.x, u.y, u.srid) AS g
                    WHERE g IS NOT NULL
                      -- degrees are never metres and the other way round: 20.3, 48.7 is no place in Moldova TM
                      AND CASE WHEN s.proj4text LIKE '%+proj=longlat%' THEN abs(u.x) <= 180 AND abs(u.y) <= 90
                               ELSE greatest(abs(u.x), abs(u.y)) > 360 END
                    ORDER BY u.n""")) {
                guess.setArray(1, connection.createArrayOf("int4", guesses.stream().map(Guess::row).toArray()));
                guess.setArray(2, connection.createArrayOf("float8", guesses.stream().map(Guess::x).toArray()));
                guess.setArray(3, connection.createArrayOf("float8", guesses.stream().map(Guess::y).toArray()));
                guess.setArray(4, connection.createArrayOf("int4", guesses.stream().map(Guess::srid).toArray()));
                guess.setArray(5, connection.createArrayOf("text", guesses.stream().map(Guess::label).toArray()));
                try (ResultSet result = guess.executeQuery()) {
                    while (result.next()) {
                        if (!meant.containsKey(result.getInt(1)) && outlines.inOrNear(country, result.getDouble(3), result.getDouble(4))) {
                            meant.put(result.getInt(1), result.getString(2));
                        }
                    }
                }
            }
            return null;
        });
        return meant;
    }

    /** One reading of a row's coordinates: its label says what was changed. */
    private record Guess(int row, double x, double y, int srid, String label) {
    }

    private String countryName(String code, Locale reader) {
        String name = new Locale("", code).getDisplayCountry(reader);
        return name.equals(code) ? outlines.name(code).orElse(code) : name;
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Great-circle distance, close enough for a 50 km check. */
    static double kilometres(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    private static String plain(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
