package eu.cinema.mapping;

import java.util.List;

/** One page of a layer's features and how many match in all. */
public record FeaturePage(List<MapFeature> features, long numberMatched) {
}
