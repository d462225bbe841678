package eu.cinema.mapping;

import java.time.Instant;

/**
 * What a layer request selects. Every value is optional except paging; absent values do not filter.
 *
 * @param updatedFrom with {@code updatedTo}, the last-change interval (the OGC API's datetime)
 * @param lang        the language descriptions are given in where they are translated into it (docs/translations.md),
 *                    or null for every text as written; it selects nothing
 */
public record FeatureFilter(BoundingBox bbox, String country, String city, String kind, String status, String domain,
        Instant updatedFrom, Instant updatedTo, int limit, int offset, String lang) {

    public static final int MAX_LIMIT = 10_000;

    public FeatureFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("mapping.error.limit", "limit", MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidQueryException("mapping.error.offset", "offset");
        }
    }

    /** Every public feature of a layer (its first one, as a page). */
    public static FeatureFilter all() {
        return new FeatureFilter(null, null, null, null, null, null, null, null, 1, 0, null);
    }

    public FeatureFilter page(int newLimit, int newOffset) {
        return new FeatureFilter(bbox, country, city, kind, status, domain, updatedFrom, updatedTo, newLimit, newOffset, lang);
    }

    /** The same selection with its texts in {@code newLang} (null: as written). */
    public FeatureFilter inLanguage(String newLang) {
        return new FeatureFilter(bbox, country, city, kind, status, domain, updatedFrom, updatedTo, limit, offset, newLang);
    }
}
