package eu.cinema.account;

/** What an administrator enters to open an account. */
public record NewAccount(String email, String displayName, String password, AccountRole role, Long partnerId) {
}
