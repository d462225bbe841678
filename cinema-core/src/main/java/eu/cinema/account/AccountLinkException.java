package eu.cinema.account;

import java.util.Locale;

import eu.cinema.common.DomainException;

/** A password link that cannot be used: unknown (or forged), expired, or used already; nothing was changed. */
public class AccountLinkException extends DomainException {

    /** Why the link cannot be used. */
    public enum Reason {
        UNKNOWN, EXPIRED, USED
    }

    private final Reason reason;

    AccountLinkException(Reason reason) {
        super("account.link." + reason.name().toLowerCase(Locale.ROOT), null);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
