package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A correction of an update: its date, text, language and visibility, and new figures for the values it logged (by id). */
public record UpdateCorrection(LocalDate happenedOn, String narrative, String narrativeLang, boolean published,
        Map<Long, BigDecimal> values) {
}
