package eu.cinema.follow;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.Digests;
import eu.cinema.common.NotFoundException;
import eu.cinema.privacy.PrivacySettings;

/**
 * Who follows what. A request waits for the address's owner to confirm it through a link (valid
 * {@link #CONFIRMATION_VALID}); a signed-in editor's own address needs none. Every confirmation renews all of the
 * address's subscriptions for {@code cinema.privacy.followers-kept-for} (a year); the manage link in every letter
 * changes, renews or ends them.
 */
@Service
@Transactional(readOnly = true)
public class FollowService {

    public static final Duration CONFIRMATION_VALID = Duration.ofDays(7);
    /** 32 random bytes in URL-safe Base64: every secret of this module's links. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<FollowedContent> contents;
    private final JdbcClient jdbc;
    private final Duration keptFor;

    FollowService(List<FollowedContent> contents, JdbcClient jdbc, PrivacySettings privacy) {
        this.contents = contents;
        this.jdbc = jdbc;
        this.keptFor = privacy.followersKeptFor();
    }

    /** A confirmation to send: the link's secret goes only into the letter. */
    public record Confirmation(String email, String language, Followable followed, String token, String manageToken) {
    }

    /** A confirmed subscription, and the key of its follower's manage page. */
    public record Confirmed(Followable followed, String manageToken) {
    }

    /** The public thing {@code target} names; unknown or not public things are not found. */
    public Followable find(FollowTarget target) {
        return lookup(target).orElseThrow(() -> new NotFoundException("follow", target));
    }

    /** The public thing {@code target} names, if there is one. */
    public Optional<Followable> lookup(FollowTarget target) {
        return contents.stream().filter(content -> content.kind() == target.kind()).findFirst().flatMap(content -> content.find(target));
    }

    /** What a follower picks from a list rather than from a page: the map's layers, then the cities. */
    public List<Followable> choices() {
        return contents.stream().filter(content -> content.kind() != null)
                .sorted(Comparator.comparing(FollowedContent::kind).reversed())
                .flatMap(content -> content.choices().stream()).toList();
    }

    /**
     * Records the request and returns the confirmation to send, or empty when the address follows the thing already.
     * Asking again for an unconfirmed subscription sends a new link (the old one no longer works).
     */
    @Transactional
    public Optional<Confirmation> request(FollowRequest request) {
        Followable followed = find(request.target());
        FollowerRow follower = follower(request);
        String token = newToken();
        int waiting = jdbc.sql("""
                INSERT INTO follow_subscription (follower_id, target_kind, target_key, confirm_token_hash)
                VALUES (:follower, :kind, :key, :hash)
                ON CONFLICT (follower_id, target_kind, target_key) DO UPDATE
                SET confirm_token_hash = excluded.confirm_token_hash, requested_at = now()
                WHERE follow_subscription.confirmed_at IS NULL""")
                .param("follower", follower.id()).param("kind", request.target().kind().name())
                .param("key", request.target().key()).param("hash", Digests.sha256(token)).update();
        return waiting == 0 ? Optional.empty()
                : Optional.of(new Confirmation(follower.email(), follower.language(), followed, token, follower.manageToken()));
    }

    /** A signed-in editor follows with their own address: no link to confirm, and the address is renewed. */
    @Transactional
    public Followable followConfirmed(FollowRequest request) {
        Followable followed = find(request.target());
        FollowerRow follower = follower(request);
        jdbc.sql("""
                INSERT INTO follow_subscription (follower_id, target_kind, target_key, confirmed_at) VALUES (:follower, :kind, :key, now())
                ON CONFLICT (follower_id, target_kind, target_key) DO UPDATE
                SET confirmed_at = coalesce(follow_subscription.confirmed_at, now()), confirm_token_hash = NULL""")
                .param("follower", follower.id()).param("kind", request.target().kind().name()).param("key", request.target().key())
                .update();
        renew(follower.id());
        return followed;
    }

    /** Takes back a request whose confirmation could not be sent, so that nothing waits that nobody can confirm. */
    @Transactional
    public void withdraw(Confirmation confirmation) {
        jdbc.sql("DELETE FROM follow_subscription WHERE confirm_token_hash = :hash AND confirmed_at IS NULL")
                .param("hash", Digests.sha256(confirmation.token())).update();
        jdbc.sql("DELETE FROM follower f WHERE email = :email AND renewed_at IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM follow_subscription s WHERE s.follower_id = f.id)")
                .param("email", confirmation.email()).update();
    }

    /** What the confirmation link would confirm, if it can be used; an unknown, used or expired link is refused. */
    public Followable checkConfirmation(String token) {
        return find(waiting(token, false).target());
    }

    /** Confirms the subscription the link was sent for; an unknown, used or expired link is refused. */
    @Transactional
    public Confirmed confirm(String token) {
        Waiting waiting = waiting(token, true);
        jdbc.sql("UPDATE follow_subscription SET confirmed_at = now(), confirm_token_hash = NULL WHERE id = :id")
                .param("id", waiting.id()).update();
        renew(waiting.followerId());
        return new Confirmed(find(waiting.target()), waiting.manageToken());
    }

    /** The subscription waiting for this link, usable now; {@code lock} holds it so that two uses cannot both pass. */
    private Waiting waiting(String token, boolean lock) {
        Waiting waiting = (token == null || !TOKEN.matcher(token).matches() ? Optional.<Waiting>empty() : jdbc.sql("""
                SELECT s.id, s.follower_id, s.target_kind, s.target_key, s.requested_at, f.manage_token
                FROM follow_subscription s JOIN follower f ON f.id = s.follower_id
                WHERE s.confirm_token_hash = :hash""" + (lock ? " FOR UPDATE OF s" : ""))
                .param("hash", Digests.sha256(token))
                .query((row, n) -> new Waiting(row.getLong("id"), row.getLong("follower_id"),
                        new FollowTarget(FollowTarget.Kind.valueOf(row.getString("target_kind")), row.getString("target_key")),
                        row.getTimestamp("requested_at").toInstant(), row.getString("manage_token")))
                .optional()).orElseThrow(() -> new FollowRuleException("follow.error.link", null));
        if (waiting.requestedAt().plus(CONFIRMATION_VALID).isBefore(Instant.now())) {
            throw new FollowRuleException("follow.error.link", null);
        }
        return waiting;
    }

    private record Waiting(long id, long followerId, FollowTarget target, Instant requestedAt, String manageToken) {
    }

    /** The address's subscriptions, for the page its manage link opens. */
    public FollowerView manage(String manageToken) {
        FollowerRow follower = byManageToken(manageToken);
        List<FollowerView.Subscription> subscriptions = jdbc.sql("""
                SELECT id, target_kind, target_key, confirmed_at IS NOT NULL AS confirmed FROM follow_subscription
                WHERE follower_id = :follower ORDER BY target_kind, id""")
                .param("follower", follower.id())
                .query((row, n) -> {
                    FollowTarget target = new FollowTarget(FollowTarget.Kind.valueOf(row.getString("target_kind")), row.getString("target_key"));
                    Optional<Followable> found = lookup(target);
                    return new FollowerView.Subscription(row.getLong("id"), found.orElse(new Followable(target, null, null, null)),
                            found.isPresent(), row.getBoolean("confirmed"));
                }).list();
        return new FollowerView(follower.email(), follower.language(), follower.frequency(),
                follower.renewedAt() == null ? null : follower.renewedAt().plus(keptFor), subscriptions);
    }

    /** The language and rhythm of the address's digests. */
    @Transactional
    public void change(String manageToken, String language, Frequency frequency) {
        checkLanguage(language);
        jdbc.sql("UPDATE follower SET language = :language, frequency = :frequency WHERE id = :id")
                .param("language", language).param("frequency", frequency.name()).param("id", byManageToken(manageToken).id()).update();
    }

    /** Keeps the address's subscriptions for another period: the manage link came by e-mail, which proves the address. */
    @Transactional
    public void renew(String manageToken) {
        renew(byManageToken(manageToken).id());
    }

    /** Stops following one thing. */
    @Transactional
    public void unfollow(String manageToken, long subscriptionId) {
        int removed = jdbc.sql("DELETE FROM follow_subscription WHERE id = :id AND follower_id = :follower")
                .param("id", subscriptionId).param("follower", byManageToken(manageToken).id()).update();
        if (removed == 0) {
            throw new NotFoundException("subscription", subscriptionId);
        }
    }

    /** Ends every subscription of the address and forgets it; a key whose address is forgotten already changes nothing. */
    @Transactional
    public void unsubscribe(String manageToken) {
        if (manageToken != null && TOKEN.matcher(manageToken).matches()) {
            jdbc.sql("DELETE FROM follower WHERE manage_token = :token").param("token", manageToken).update();
        }
    }

    /** The address's follower, made on its first request with the language and rhythm asked for. */
    private FollowerRow follower(FollowRequest request) {
        checkLanguage(request.language());
        String email = request.email();
        jdbc.sql("""
                INSERT INTO follower (email, language, frequency, manage_token) VALUES (:email, :language, :frequency, :token)
                ON CONFLICT (email) DO NOTHING""")
                .param("email", email).param("language", request.language()).param("frequency", request.frequency().name())
                .param("token", newToken()).update();
        return jdbc.sql("SELECT * FROM follower WHERE email = :email").param("email", email).query(FollowerRow::read).single();
    }

    private FollowerRow byManageToken(String manageToken) {
        return (manageToken == null || !TOKEN.matcher(manageToken).matches() ? Optional.<FollowerRow>empty()
                : jdbc.sql("SELECT * FROM follower WHERE manage_token = :token").param("token", manageToken).query(FollowerRow::read).optional())
                .orElseThrow(() -> new FollowRuleException("follow.error.link", null));
    }

    private void renew(long followerId) {
        jdbc.sql("UPDATE follower SET renewed_at = now() WHERE id = :id").param("id", followerId).update();
    }

    private static void checkLanguage(String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new FollowRuleException("follow.error.language", "language");
        }
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private record FollowerRow(long id, String email, String language, Frequency frequency, String manageToken, Instant renewedAt) {

        static FollowerRow read(ResultSet row, int number) throws SQLException {
            Timestamp renewed = row.getTimestamp("renewed_at");
            return new FollowerRow(row.getLong("id"), row.getString("email"), row.getString("language"),
                    Frequency.valueOf(row.getString("frequency")), row.getString("manage_token"), renewed == null ? null : renewed.toInstant());
        }
    }
}
