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

    /**
     * The first changes of one followed thing, oldest first, and how many more there were (a bulk import can add
     * thousands to a layer: a digest lists {@link FollowDigests#CHANGES_PER_SECTION} and links to the rest).
     */
    public record Section(Followable followed, List<FollowedChange> changes, int more) {

        public Section {
            changes = List.copyOf(changes);
        }
    }

    /** How many changes the digest tells of, listed or not. */
    public int changes() {
        return sections.stream().mapToInt(section -> section.changes().size() + section.more()).sum();
    }
}
