package eu.cinema.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;
import eu.cinema.privacy.PrivacySettings;

/**
 * The messages a seeker wrote to site owners: exported whole, erased by deleting them, and deleted for
 * everybody once they are older than the retention period, sent or not.
 */
@Component
class ContactPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Duration keptFor;

    ContactPersonalData(JdbcClient jdbc, PrivacySettings settings) {
        this.jdbc = jdbc;
        this.keptFor = settings.contactMessagesKeptFor();
    }

    @Override
    public String kind() {
        return "contactMessage";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql("SELECT id, site_id, seeker_name, seeker_email, organisation, body, need_summary, state, created_at "
                + "FROM contact_message WHERE lower(seeker_email) = :email ORDER BY created_at").param("email", email).query().listOfRows();
    }

    @Override
    public int erase(String email) {
        return jdbc.sql("DELETE FROM contact_message WHERE lower(seeker_email) = :email").param("email", email).update();
    }

    @Override
    public Optional<Duration> keptFor() {
        return Optional.of(keptFor);
    }

    @Override
    public int expire(Instant now) {
        return jdbc.sql("DELETE FROM contact_message WHERE created_at < :cutoff")
                .param("cutoff", PersonalDataHolder.cutoff(now, keptFor)).update();
    }
}
