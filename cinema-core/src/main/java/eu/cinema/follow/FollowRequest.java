package eu.cinema.follow;

import java.util.Locale;

/**
 * Someone asks to follow {@code target}: digests go to {@code email} (kept in lower case, as the follower is known by
 * it), in {@code language}, as often as {@code frequency}.
 */
public record FollowRequest(FollowTarget target, String email, String language, Frequency frequency) {

    public FollowRequest {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
