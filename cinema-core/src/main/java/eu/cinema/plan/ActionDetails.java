package eu.cinema.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything an editor states about one action of a plan; the location is optional (both or neither). */
public record ActionDetails(
        String title,
        String description,
        String responsibleBody,
        String partnersInvolved,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal budgetEur,
        FundingSource fundingSource,
        ActionStatus status,
        String risks,
        String mitigation,
        Double longitude,
        Double latitude,
        Set<Long> siteIds,
        Set<Long> pilotIds,
        List<ActionIndicator> indicators) {
}
