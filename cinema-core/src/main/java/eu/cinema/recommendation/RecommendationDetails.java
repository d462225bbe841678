package eu.cinema.recommendation;

import java.util.Set;

/** Everything an administrator states about a recommendation. */
public record RecommendationDetails(String title, RecommendationLevel level, RecommendationTopic topic, String text,
        String lang, Set<String> countryCodes, Set<Long> pilotIds, Set<Long> planIds, boolean published) {
}
