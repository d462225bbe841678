package eu.cinema.region.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.ibm.icu.text.Transliterator;

import eu.cinema.common.DomainException;
import eu.cinema.region.CountryOutlines;
import eu.cinema.web.PortalSettings;
import eu.cinema.web.i18n.PlaceNames;

/**
 * The portal's own gazetteer: every city in the database, by its local name and its English one, and the countries the
 * portal has outlines for, by their names in each of the portal's languages. A name is found by its beginning,
 * ignoring case and diacritics, in either script: "kosice", "Košice" and "Кошице" all find Košice.
 */
@Component
class Gazetteer {

    static final int MAX_QUERY_LENGTH = 100;
    private static final int MAX_PLACES = 10;
    /** Folds a name to lower-case ASCII in Latin letters, the form names are compared in. */
    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private final JdbcClient jdbc;
    private final CountryOutlines outlines;
    private final PlaceNames names;
    /** Each outlined country's names in English and the portal's languages, folded once: they never change. */
    private final Map<String, Set<String>> countryNames;

    Gazetteer(JdbcClient jdbc, CountryOutlines outlines, PlaceNames names, PortalSettings settings) {
        this.jdbc = jdbc;
        this.outlines = outlines;
        this.names = names;
        this.countryNames = outlines.codes().stream().filter(code -> code.length() == 2).collect(Collectors.toMap(
                Function.identity(), code -> Stream.concat(Stream.of(Locale.ENGLISH), settings.languages().stream())
                        .map(reader -> fold(new Locale("", code).getDisplayCountry(reader))).collect(Collectors.toSet()),
                (first, second) -> first));
    }

    /** The places whose name begins with {@code query}, countries first, named for a reader of {@code language}. */
    List<Place> search(String query, Locale language) {
        String asked = query == null ? "" : query.strip();
        if (asked.isEmpty()) {
            throw new PlaceQueryException("places.error.empty");
        }
        if (asked.length() > MAX_QUERY_LENGTH) {
            throw new PlaceQueryException("places.error.tooLong", MAX_QUERY_LENGTH);
        }
        String folded = fold(asked);
        List<Place> found = new ArrayList<>(countries(folded, language));
        found.addAll(cities(folded, language));
        return found.stream().limit(MAX_PLACES).toList();
    }

    private List<Place> countries(String folded, Locale language) {
        return countryNames.entrySet().stream()
                .filter(country -> country.getValue().stream().anyMatch(name -> name.startsWith(folded)))
                .map(Map.Entry::getKey)
                .map(code -> new Place("country", new Locale("", code).getDisplayCountry(language), null, code, null, null,
                        outlines.bounds(code).orElse(null), null))
                .sorted((one, other) -> one.name().compareTo(other.name()))
                .toList();
    }

    /** Every city, named for a reader of {@code language}. */
    List<Place> cities(Locale language) {
        return allCities().stream().map(city -> place(city, language)).toList();
    }

    /**
     * Cities are few (the reference data), so each is folded here rather than in SQL: PostgreSQL's unaccent does not
     * transliterate Cyrillic, and the same folding must apply to the query and the names.
     */
    private List<Place> cities(String folded, Locale language) {
        return allCities().stream()
                .filter(city -> fold(city.name()).startsWith(folded) || fold(city.nameEn()).startsWith(folded))
                .map(city -> place(city, language))
                .toList();
    }

    private List<City> allCities() {
        return jdbc.sql("""
                SELECT c.id, c.name, c.name_en, c.country_code, ST_Y(c.location) AS latitude, ST_X(c.location) AS longitude
                FROM city c ORDER BY c.name_en""")
                .query((row, number) -> new City(row.getLong("id"), row.getString("name"), row.getString("name_en"),
                        row.getString("country_code"), row.getDouble("latitude"), row.getDouble("longitude")))
                .list();
    }

    private Place place(City city, Locale language) {
        return new Place("city", names.of(city.name(), city.nameEn(), language),
                new Locale("", city.countryCode()).getDisplayCountry(language), city.countryCode(), city.latitude(),
                city.longitude(), null, city.id());
    }

    static String fold(String name) {
        synchronized (FOLD) {
            return FOLD.transliterate(name).strip();
        }
    }

    private record City(long id, String name, String nameEn, String countryCode, double latitude, double longitude) {
    }

    /**
     * A place found: a city with its position, or a country with its bounding box (west, south, east, north).
     *
     * @param cityId the city's id in the reference data, for forms that take a city (matching)
     */
    record Place(String kind, String name, String country, String countryCode, Double latitude, Double longitude,
            double[] bounds, Long cityId) {
    }

    /** A query the gazetteer does not take; the message says why. */
    static final class PlaceQueryException extends DomainException {

        PlaceQueryException(String messageKey, Object... arguments) {
            super(messageKey, "q", arguments);
        }
    }
}
