package eu.cinema.legal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;
import eu.cinema.privacy.PrivacySettings;
import eu.cinema.privacy.SqlPersonalData;

/** The name, address and words of people who wrote about the portal's accessibility; kept to answer them. */
@Component
class AccessibilityFeedbackPersonalData extends SqlPersonalData {

    private final Duration keptFor;

    AccessibilityFeedbackPersonalData(JdbcClient jdbc, PrivacySettings settings) {
        super("accessibilityFeedback", jdbc,
                "SELECT id, name, email, page_address, message, created_at FROM accessibility_feedback WHERE lower(email) = :email");
        this.keptFor = settings.feedbackKeptFor();
    }

    @Override
    public int erase(String email) {
        return jdbc.sql("DELETE FROM accessibility_feedback WHERE lower(email) = :email").param("email", email).update();
    }

    @Override
    public Optional<Duration> keptFor() {
        return Optional.of(keptFor);
    }

    @Override
    public int expire(Instant now) {
        return jdbc.sql("DELETE FROM accessibility_feedback WHERE created_at < :cutoff")
                .param("cutoff", PersonalDataHolder.cutoff(now, keptFor)).update();
    }
}
