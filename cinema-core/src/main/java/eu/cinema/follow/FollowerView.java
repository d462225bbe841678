package eu.cinema.follow;

import java.time.Instant;
import java.util.List;

/**
 * One address's subscriptions, as its manage page shows them.
 *
 * @param endsAt when the subscriptions end unless renewed; null before the first confirmation
 */
public record FollowerView(String email, String language, Frequency frequency, Instant endsAt, List<Subscription> subscriptions) {

    /** One followed thing; {@code followed} is empty-titled when it is no longer public. */
    public record Subscription(long id, Followable followed, boolean available, boolean confirmed) {
    }
}
