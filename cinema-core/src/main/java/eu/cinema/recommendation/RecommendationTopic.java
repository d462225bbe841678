package eu.cinema.recommendation;

/** What a recommendation is about. */
public enum RecommendationTopic {
    EMPTY_FLOOR_SPACE,
    RETAIL_AND_SMALL_BUSINESS,
    CREATIVE_INDUSTRIES,
    FUNDING,
    GOVERNANCE,
    SKILLS
}
