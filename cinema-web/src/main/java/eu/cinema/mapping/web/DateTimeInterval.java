package eu.cinema.mapping.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import eu.cinema.mapping.InvalidQueryException;

/**
 * The OGC API's {@code datetime} parameter: an RFC 3339 instant, or an interval of two with ".."
 * or nothing for an open end.
 */
record DateTimeInterval(Instant from, Instant to) {

    static DateTimeInterval parse(String text) {
        if (text == null) {
            return new DateTimeInterval(null, null);
        }
        String[] ends = text.split("/", -1);
        if (ends.length == 1) {
            Instant at = instant(ends[0]);
            if (at == null) {
                throw invalid();
            }
            return new DateTimeInterval(at, at);
        }
        if (ends.length != 2) {
            throw invalid();
        }
        DateTimeInterval interval = new DateTimeInterval(instant(ends[0]), instant(ends[1]));
        if (interval.from == null && interval.to == null && !"..".equals(ends[0]) && !"..".equals(ends[1])
                && !(ends[0].isEmpty() || ends[1].isEmpty())) {
            throw invalid();
        }
        if (interval.from != null && interval.to != null && interval.from.isAfter(interval.to)) {
            throw invalid();
        }
        return interval;
    }

    private static Instant instant(String text) {
        if (text.isEmpty() || "..".equals(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            throw invalid();
        }
    }

    private static InvalidQueryException invalid() {
        return new InvalidQueryException("ogcapi.error.datetime", "datetime");
    }
}
