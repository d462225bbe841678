package eu.cinema.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.AdministratorsOnly;

/** An administrator's access to one person's data: what the portal keeps, as an export, and its erasure. */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(PrivacySettings.class)
public class PrivacyService {

    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

    private final List<PersonalDataHolder> holders;

    PrivacyService(List<PersonalDataHolder> holders) {
        this.holders = holders;
    }

    /** What the portal keeps about people and for how long, for the public privacy notice: one entry per holder. */
    public List<Retention> retentions() {
        return holders.stream().map(holder -> new Retention(holder.kind(), holder.keptFor().orElse(null))).toList();
    }

    /** Every holder's records of the person, by kind; kinds without records are left out. Only administrators ask. */
    @AdministratorsOnly
    public Map<String, List<Map<String, Object>>> find(String email) {
        String person = normalised(email);
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            List<Map<String, Object>> records = holder.export(person);
            if (!records.isEmpty()) {
                found.put(holder.kind(), records);
            }
        }
        return found;
    }

    /** Erases the person's data everywhere in one transaction; an administrator cannot erase themselves. */
    @Transactional
    @AdministratorsOnly
    public int erase(String email) {
        String admin = SecurityContextHolder.getContext().getAuthentication().getName();
        String person = normalised(email);
        if (person.equals(admin)) {
            throw new PrivacyRuleException("privacy.error.self");
        }
        int touched = holders.stream().mapToInt(holder -> holder.erase(person)).sum();
        // The log keeps that an erasure happened and who did it, not whose data it was.
        log.info("{} erased {} records of personal data", admin, touched);
        return touched;
    }

    /** Applies every holder's retention period in one transaction; the scheduled retention job runs this. */
    @Transactional
    public int expire(Instant now) {
        int touched = holders.stream().mapToInt(holder -> holder.expire(now)).sum();
        if (touched > 0) {
            log.info("Retention: {} records of personal data erased or anonymised", touched);
        }
        return touched;
    }

    private static String normalised(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            throw new PrivacyRuleException("privacy.error.email");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
