package eu.cinema.roadmap;

/** The project's three focus themes; each has a roadmap and a map layer. */
public enum RoadmapTheme {
    EMPTY_FLOOR_SPACE("empty-floor-space"),
    RETAIL_SMALL_BUSINESS("retail-and-small-business"),
    CREATIVE_INDUSTRIES("creative-industries");

    private final String slug;

    RoadmapTheme(String slug) {
        this.slug = slug;
    }

    /** The theme's part of a URL, such as {@code /map/creative-industries}. */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<RoadmapTheme> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(theme -> theme.slug.equals(slug)).findFirst();
    }
}
