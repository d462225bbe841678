package eu.cinema.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal data one module keeps, found by the person's e-mail address. A module that stores
 * e-mail addresses, names or texts of people contributes a bean of this type.
 */
public interface PersonalDataHolder {

    /** A message-key suffix naming what is kept ({@code privacy.kind.*}). */
    String kind();

    /** The records, each as field names and values, as the person may receive them. */
    List<Map<String, Object>> export(String email);

    /** Erases or anonymises the records; returns how many were touched. */
    int erase(String email);

    /**
     * Erases or anonymises, for everybody, what has been kept longer than this holder's retention period
     * as of {@code now}; returns how many records were touched. By default nothing expires on its own: the
     * data lives as long as the record it belongs to.
     */
    default int expire(Instant now) {
        return 0;
    }

    /**
     * How long {@link #expire} keeps a record, for the privacy notice; empty when the data lives as long as the
     * record it belongs to (an account, a rating).
     */
    default Optional<Duration> keptFor() {
        return Optional.empty();
    }

    /** The instant {@code keptFor} before {@code now}: what is older has expired. An SQL parameter JDBC takes. */
    static OffsetDateTime cutoff(Instant now, Duration keptFor) {
        return now.minus(keptFor).atOffset(ZoneOffset.UTC);
    }
}
