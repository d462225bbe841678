package eu.cinema.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;
import eu.cinema.privacy.PrivacySettings;
import eu.cinema.privacy.SqlPersonalData;

/** The e-mail address of people who proposed a site; it serves the moderation only. */
@Component
class SiteProposerPersonalData extends SqlPersonalData {

    private final Duration keptFor;

    SiteProposerPersonalData(JdbcClient jdbc, PrivacySettings settings) {
        super("siteProposal", jdbc, "SELECT id, name, city_name, created_at FROM site WHERE lower(proposer_email) = :email");
        this.keptFor = settings.proposerEmailsKeptFor();
    }

    @Override
    public int erase(String email) {
        return jdbc.sql("UPDATE site SET proposer_email = NULL WHERE lower(proposer_email) = :email").param("email", email).update();
    }

    @Override
    public Optional<Duration> keptFor() {
        return Optional.of(keptFor);
    }

    /** Once a proposal is decided, its address is kept no longer than {@code keptFor}. */
    @Override
    public int expire(Instant now) {
        return jdbc.sql("UPDATE site SET proposer_email = NULL WHERE proposer_email IS NOT NULL "
                + "AND publication <> 'PROPOSED' AND created_at < :cutoff")
                .param("cutoff", PersonalDataHolder.cutoff(now, keptFor)).update();
    }
}
