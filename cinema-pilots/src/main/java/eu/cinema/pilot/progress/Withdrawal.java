package eu.cinema.pilot.progress;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who took an entry of a pilot's progress back, when and why. A withdrawn entry is never deleted: it leaves every
 * figure and page (each entity's {@code @SQLRestriction}) and stays in the history with this record.
 */
@Embeddable
public class Withdrawal {

    public static final int MAX_REASON_LENGTH = 2000;

    @Column(name = "withdrawn_at")
    private Instant at;

    @Column(name = "withdrawn_by")
    private String by;

    @Column(name = "withdrawal_reason")
    private String reason;

    protected Withdrawal() {
    }

    Withdrawal(Instant at, String by, String reason) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Withdrawal that && Objects.equals(at, that.at) && Objects.equals(by, that.by)
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, by, reason);
    }
}
