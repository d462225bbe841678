package eu.cinema.follow;

import java.time.Instant;
import java.util.List;

/**
 * One follower's digest: the changes made after {@code after} and up to {@code until} in what they follow, grouped by
 * the followed thing (a change shows once, under the most particular thing followed: a plan before its city).
 */
public record Digest(long followerId, String email, String language, String manageToken, Frequency frequency, Instant after,
        Instant until, List<Section> sections) {

    public Digest {
        sections = List.copyOf(sections);
    }

    /** The changes of one followed thing, oldest first. */
    public record Section(Followable followed, List<FollowedChange> changes) {

        public Section {
            changes = List.copyOf(changes);
        }
    }

    public int changes() {
        return sections.stream().mapToInt(section -> section.changes().size()).sum();
    }
}
