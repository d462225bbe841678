package eu.cinema.mapping;

/**
 * One page of a layer as GeoJSON: {@code featuresJson} is the array of Feature objects, ready to be
 * placed in a FeatureCollection together with the counts and links the caller adds.
 */
public record GeoJsonPage(String featuresJson, int numberReturned, long numberMatched) {
}
