package eu.cinema.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;
import eu.cinema.privacy.PrivacySettings;
import eu.cinema.privacy.SqlPersonalData;

/**
 * What people wrote in consultations, found by the address they left: their name, address and words. Erasure takes
 * the name and address off published comments (their words stay part of the public record, anonymous) and deletes
 * the comments never published. Addresses serve only to tell people about the answer; they expire after the
 * consultation's end.
 */
@Component
class CommenterPersonalData extends SqlPersonalData {

    private final Duration keptFor;

    CommenterPersonalData(JdbcClient jdbc, PrivacySettings settings) {
        super("planComment", jdbc, """
                SELECT c.id, c.created_at, c.author_name, c.text, c.state, c.rejection_reason, v.plan_id, v.number AS version
                FROM plan_comment c JOIN plan_consultation k ON k.id = c.consultation_id JOIN plan_version v ON v.id = k.plan_version_id
                WHERE lower(c.email) = :email ORDER BY c.id""");
        this.keptFor = settings.commenterEmailsKeptFor();
    }

    @Override
    public int erase(String email) {
        int deleted = jdbc.sql("DELETE FROM plan_comment WHERE lower(email) = :email AND state <> 'PUBLISHED'").param("email", email).update();
        return deleted + jdbc.sql("UPDATE plan_comment SET email = NULL, author_name = NULL WHERE lower(email) = :email")
                .param("email", email).update();
    }

    @Override
    public Optional<Duration> keptFor() {
        return Optional.of(keptFor);
    }

    @Override
    public int expire(Instant now) {
        return jdbc.sql("""
                UPDATE plan_comment c SET email = NULL FROM plan_consultation k
                WHERE k.id = c.consultation_id AND c.email IS NOT NULL AND k.closes_on < :cutoff""")
                .param("cutoff", now.minus(keptFor).atOffset(ZoneOffset.UTC).toLocalDate()).update();
    }
}
