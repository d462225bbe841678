package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an editor reports: when, what happened, whether the public sees it, the milestones reached,
 * new indicator values, and evidence files; {@code submission} is the form's one-time token (null from elsewhere).
 */
public record LoggedUpdate(LocalDate happenedOn, String narrative, String narrativeLang, boolean published,
        Set<Long> milestonesReached, Map<Long, BigDecimal> indicatorValues, List<Evidence> evidence, UUID submission) {

    /** An uploaded evidence file as it came. */
    public record Evidence(String name, byte[] content) {
    }
}
