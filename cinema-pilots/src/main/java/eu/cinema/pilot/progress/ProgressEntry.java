package eu.cinema.pilot.progress;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import eu.cinema.common.BaseEntity;

/**
 * An entry of a pilot's progress (an update, an indicator value, a milestone, an indicator): versioned, audited, and
 * corrected rather than deleted. Each entity says {@code @SQLRestriction("withdrawn_at IS NULL")}, so that a withdrawn
 * entry is not found by any query, figure or page.
 */
@MappedSuperclass
public abstract class ProgressEntry extends BaseEntity {

    @Embedded
    private Withdrawal withdrawal;

    public Withdrawal getWithdrawal() {
        return withdrawal;
    }

    void withdraw(String by, String reason, Instant at) {
        this.withdrawal = new Withdrawal(at, by, reason);
    }
}
