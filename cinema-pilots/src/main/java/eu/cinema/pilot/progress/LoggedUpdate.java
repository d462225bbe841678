package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor reports: when, what happened, whether the public sees it, the milestones reached,
 * new indicator values, and evidence files.
 */
public record LoggedUpdate(LocalDate happenedOn, String narrative, String narrativeLang, boolean published,
        Set<Long> milestonesReached, Map<Long, BigDecimal> indicatorValues, List<Evidence> evidence) {

    /** An uploaded evidence file as it came. */
    public record Evidence(String name, byte[] content) {
    }
}
