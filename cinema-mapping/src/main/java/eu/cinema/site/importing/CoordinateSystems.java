package eu.cinema.site.importing;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CoordinateReferenceSystem column: the brownfield standard's words (OSGB36, ETRS89, WGS84)
 * or an EPSG code ("EPSG:3035", "3844"). PostGIS then checks that it knows the code.
 */
final class CoordinateSystems {

    private static final Map<String, Integer> WORDS = Map.of(
            "OSGB36", 27700, "WGS84", 4326, "WGS 84", 4326, "ETRS89", 4258, "CRS84", 4326);
    private static final Pattern EPSG = Pattern.compile("^(?:EPSG:{1,2})?(\\d{4,6})$");

    private CoordinateSystems() {
    }

    static OptionalInt srid(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        Integer word = WORDS.get(normalised);
        if (word != null) {
            return OptionalInt.of(word);
        }
        Matcher code = EPSG.matcher(normalised.replace(" ", ""));
        return code.matches() ? OptionalInt.of(Integer.parseInt(code.group(1))) : OptionalInt.empty();
    }
}
