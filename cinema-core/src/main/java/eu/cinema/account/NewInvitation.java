package eu.cinema.account;

/** Whom an administrator invites: the person chooses their own password through the link they receive. */
public record NewInvitation(String email, String displayName, AccountRole role, Long partnerId) {
}
