package eu.cinema.recommendation;

/** Who a recommendation addresses. */
public enum RecommendationLevel {
    EU,
    NATIONAL,
    REGIONAL,
    LOCAL
}
