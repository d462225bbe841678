package eu.cinema.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;
import eu.cinema.privacy.PrivacySettings;
import eu.cinema.privacy.SqlPersonalData;

/**
 * A follower's address, language and rhythm, and what it follows. Subscriptions end a year (by default) after the last
 * confirmation or renewal; requests nobody confirmed go when their link expires, and the record of sent digests after
 * {@link #DIGEST_LOG_KEPT_FOR}.
 */
@Component
class FollowerPersonalData extends SqlPersonalData {

    static final Duration DIGEST_LOG_KEPT_FOR = Duration.ofDays(30);

    private final Duration keptFor;

    FollowerPersonalData(JdbcClient jdbc, PrivacySettings settings) {
        super("follower", jdbc, """
                SELECT f.email, f.language, f.frequency, f.created_at, f.renewed_at, s.target_kind, s.target_key, s.requested_at,
                       s.confirmed_at
                FROM follower f LEFT JOIN follow_subscription s ON s.follower_id = f.id
                WHERE f.email = :email ORDER BY s.id""");
        this.keptFor = settings.followersKeptFor();
    }

    @Override
    public int erase(String email) {
        return jdbc.sql("DELETE FROM follower WHERE email = :email").param("email", email).update();
    }

    @Override
    public Optional<Duration> keptFor() {
        return Optional.of(keptFor);
    }

    @Override
    public int expire(Instant now) {
        int unconfirmed = jdbc.sql("DELETE FROM follow_subscription WHERE confirmed_at IS NULL AND requested_at < :cutoff")
                .param("cutoff", PersonalDataHolder.cutoff(now, FollowService.CONFIRMATION_VALID)).update();
        jdbc.sql("DELETE FROM follow_digest WHERE created_at < :cutoff")
                .param("cutoff", PersonalDataHolder.cutoff(now, DIGEST_LOG_KEPT_FOR)).update();
        return unconfirmed + jdbc.sql("""
                DELETE FROM follower f WHERE renewed_at < :cutoff
                   OR (renewed_at IS NULL AND NOT EXISTS (SELECT 1 FROM follow_subscription s WHERE s.follower_id = f.id))""")
                .param("cutoff", PersonalDataHolder.cutoff(now, keptFor)).update();
    }
}
