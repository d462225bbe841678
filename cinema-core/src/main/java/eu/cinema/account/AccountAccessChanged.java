package eu.cinema.account;

/**
 * An account's sign-in rights changed (disabled, another role or organisation, a new password):
 * whoever keeps sessions should end that person's open ones, so the change holds at once.
 *
 * @param keptSession the session to keep, the one the person changed their own password in; null for none
 */
public record AccountAccessChanged(String email, String keptSession) {
}
