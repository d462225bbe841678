package eu.cinema.follow;

import java.time.Instant;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something public that changed, for the digests of whoever follows one of the things it {@code concerns}: a plan and
 * its city, say. {@code description} is resolved in each follower's language.
 *
 * @param subject the changed thing's title, as it is now
 * @param path    where on the portal the change is seen
 */
public record FollowedChange(Instant at, String subject, MessageSourceResolvable description, String path,
        Set<FollowTarget> concerns) {

    public FollowedChange {
        concerns = Set.copyOf(concerns);
    }
}
