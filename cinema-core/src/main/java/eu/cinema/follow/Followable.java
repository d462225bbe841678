package eu.cinema.follow;

/**
 * A thing one can follow, as pages and letters name it: its own title (a plan's, a pilot's), or a message key where the
 * interface names it in each language (a map layer).
 */
public record Followable(FollowTarget target, String title, String titleKey, String path) {
}
