package eu.cinema.region.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.cinema.region.web.Gazetteer.Place;
import eu.cinema.web.OpenDataApi;

/**
 * The place search of the map, the proposal picker and matching: {@code /api/places?q=kosice} answers the gazetteer's
 * places as JSON; a bad query is a problem detail (400). {@code /api/places/cities} is the gazetteer's cities, for maps.
 */
@RestController
@OpenDataApi
class PlaceSearchController {

    private final Gazetteer gazetteer;

    PlaceSearchController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/places")
    List<Place> search(@RequestParam(required = false) String q, Locale locale) {
        return gazetteer.search(q, locale);
    }

    /**
     * Every city of the gazetteer as GeoJSON, named for the reader: what the maps draw, named, when no base tiles are
     * configured, so that a map at city level still says where it is.
     */
    @GetMapping(value = "/api/places/cities", produces = "application/geo+json")
    Map<String, Object> cities(Locale locale) {
        return Map.of("type", "FeatureCollection", "features", gazetteer.cities(locale).stream()
                .map(city -> Map.of("type", "Feature",
                        "geometry", Map.of("type", "Point", "coordinates", List.of(city.longitude(), city.latitude())),
                        "properties", Map.of("name", city.name(), "countryCode", city.countryCode())))
                .toList());
    }
}
