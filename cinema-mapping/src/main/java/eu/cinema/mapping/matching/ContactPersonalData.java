package eu.cinema.mapping.matching;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;

/** The messages a seeker wrote to site owners: exported whole, erased by deleting them. */
@Component
class ContactPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ContactPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
