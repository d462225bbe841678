package eu.cinema.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data that serves one purpose is kept ({@code cinema.privacy.*}; docs/operations.md, "Privacy").
 *
 * @param proposerEmailsKeptFor  a site proposer's address, counted from the proposal, once it is moderated
 * @param contactMessagesKeptFor a space seeker's message to a site owner, counted from when it was written
 * @param feedbackKeptFor        feedback on the portal's accessibility, counted from when it was written
 * @param commenterEmailsKeptFor a consultation commenter's address, counted from the consultation's end
 * @param followersKeptFor       a follower's address and subscriptions, counted from their last confirmation or renewal
 */
@ConfigurationProperties("cinema.privacy")
public record PrivacySettings(@DefaultValue("90d") Duration proposerEmailsKeptFor,
        @DefaultValue("180d") Duration contactMessagesKeptFor, @DefaultValue("365d") Duration feedbackKeptFor,
        @DefaultValue("180d") Duration commenterEmailsKeptFor, @DefaultValue("365d") Duration followersKeptFor) {
}
