package eu.cinema.account;

/** What an administrator may change on an existing account. */
public record AccountChanges(String displayName, AccountRole role, Long partnerId, boolean enabled) {
}
