package eu.cinema.toolkit;

import java.util.List;
import java.util.Set;

/** Everything an editor states about a tool card; the steps in their order. */
public record ToolDetails(String title, String summary, String aim, List<String> steps, Long developerPartnerId,
        Long developedInCityId, String duration, String costs, String peopleInvolved, String opportunities,
        String challenges, Set<TargetGroup> targetGroups, boolean startupFocus, Set<Long> pilotIds, String lang,
        boolean published) {
}
