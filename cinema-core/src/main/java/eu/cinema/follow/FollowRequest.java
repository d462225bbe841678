package eu.cinema.follow;

/** Someone asks to follow {@code target}: digests go to {@code email}, in {@code language}, as often as {@code frequency}. */
public record FollowRequest(FollowTarget target, String email, String language, Frequency frequency) {
}
