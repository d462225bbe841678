package eu.cinema.follow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a feature offers to followers: which of its things exist publicly, and what changed in them. Each feature whose
 * content can be followed contributes one bean; the follow module reads nothing of the features' tables itself.
 */
public interface FollowedContent {

    /** The kind of target this feature answers for; null when it only reports changes (of targets of other kinds). */
    FollowTarget.Kind kind();

    /** The public thing {@code target} names (of this feature's kind), or empty: unknown, or not public. */
    Optional<Followable> find(FollowTarget target);

    /** The things of this kind a follower picks from a list (cities, layers); empty where one follows from a page. */
    default List<Followable> choices() {
        return List.of();
    }

    /** The public changes made after {@code after} and up to {@code until}, oldest first. */
    default List<FollowedChange> changes(Instant after, Instant until) {
        return List.of();
    }
}
