package eu.cinema.follow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many follow requests one client and one mailbox may cause per hour ({@code cinema.follow.*}), counted across
 * instances in PostgreSQL: no address can be flooded with confirmation letters, whoever asks and from wherever.
 *
 * @param requestsPerAddressPerHour requests from one client address
 * @param lettersPerMailboxPerHour  confirmation letters to one e-mail address
 */
@ConfigurationProperties("cinema.follow")
public record FollowSettings(@DefaultValue("20") int requestsPerAddressPerHour, @DefaultValue("3") int lettersPerMailboxPerHour) {
}
