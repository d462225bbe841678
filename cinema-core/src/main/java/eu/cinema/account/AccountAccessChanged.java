package eu.cinema.account;

/**
 * An account's sign-in rights changed (disabled, another role or organisation, a password reset):
 * whoever keeps sessions should end that person's open ones, so the change holds at once.
 */
public record AccountAccessChanged(String email) {
}
