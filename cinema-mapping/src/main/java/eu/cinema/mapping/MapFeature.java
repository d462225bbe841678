package eu.cinema.mapping;

/** One feature of a layer as lists and exports show it. */
public record MapFeature(MapLayer layer, String id, String name, String kind, String status, String cityName,
        String countryCode, double longitude, double latitude, String path) {
}
