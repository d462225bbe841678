package eu.cinema.layer;

/**
 * One thing with a location on a contributed map layer.
 *
 * @param id        unique within the layer, stable across requests (for example "pilot-12")
 * @param kind      a message-bundle key suffix naming what it is
 * @param path      the portal page that shows it
 */
public record LocatedItem(String id, String name, String kind, String cityName, String countryCode,
        double longitude, double latitude, String path) {
}
