package eu.cinema.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal data the core keeps: accounts (and their traces in the history), the e-mail address
 * of people who proposed sites, actors' contacts, and tool ratings with their comments. Erasure
 * anonymises what other records need (an account, a site) and deletes what nobody else needs.
 */
@Configuration(proxyBeanMethods = false)
class CorePersonalData {

    static final String ERASED = "erased person";

    @Bean
    PersonalDataHolder accounts(JdbcClient jdbc) {
        return new SqlHolder("account", jdbc,
                "SELECT id, email, display_name, role, enabled, created_at FROM account WHERE email = :email") {
            @Override
            public int erase(String email) {
                List<Long> ids = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).list();
                for (Long id : ids) {
                    String anonymous = "erased-" + id + "@erased.invalid";
                    // The password can never match again: no BCrypt hash has this form.
                    jdbc.sql("UPDATE account SET email = :anonymous, display_name = :name, enabled = false, password_hash = 'erased' "
                            + "WHERE id = :id").param("anonymous", anonymous).param("name", ERASED).param("id", id).update();
                    jdbc.sql("UPDATE account_aud SET email = :anonymous, display_name = :name WHERE id = :id")
                            .param("anonymous", anonymous).param("name", ERASED).param("id", id).update();
                    jdbc.sql("DELETE FROM tool_rating WHERE account_id = :id").param("id", id).update();
                }
                int revisions = jdbc.sql("UPDATE revision SET actor = :erased WHERE lower(actor) = :email")
                        .param("erased", ERASED).param("email", email).update();
                return ids.size() + revisions;
            }
        };
    }

    @Bean
    PersonalDataHolder toolRatings(JdbcClient jdbc) {
        return new SqlHolder("toolRating", jdbc, "SELECT r.tool_id, r.stars, r.comment, r.updated_at FROM tool_rating r "
                + "JOIN account a ON a.id = r.account_id WHERE a.email = :email") {
            @Override
            public int erase(String email) {
                // The account's erasure deletes them, since only the account ties a rating to the person.
                return 0;
            }
        };
    }

    @Bean
    PersonalDataHolder siteProposers(JdbcClient jdbc, @Value("${cinema.privacy.proposer-emails-kept-for:90d}") Duration keptFor) {
        return new SqlHolder("siteProposal", jdbc,
                "SELECT id, name, city_name, created_at FROM site WHERE lower(proposer_email) = :email") {
            @Override
            public int erase(String email) {
                return jdbc.sql("UPDATE site SET proposer_email = NULL WHERE lower(proposer_email) = :email").param("email", email).update();
            }

            /** The address serves the moderation only: once a proposal is decided, it is kept no longer than {@code keptFor}. */
            @Override
            public int expire(Instant now) {
                return jdbc.sql("UPDATE site SET proposer_email = NULL WHERE proposer_email IS NOT NULL "
                        + "AND publication <> 'PROPOSED' AND created_at < :cutoff")
                        .param("cutoff", PersonalDataHolder.cutoff(now, keptFor)).update();
            }
        };
    }

    @Bean
    PersonalDataHolder actorContacts(JdbcClient jdbc) {
        return new SqlHolder("actorContact", jdbc,
                "SELECT id, name, contact_email, contact_phone, contact_public FROM creative_actor WHERE lower(contact_email) = :email") {
            @Override
            public int erase(String email) {
                jdbc.sql("UPDATE creative_actor_aud SET contact_email = NULL, contact_phone = NULL WHERE lower(contact_email) = :email")
                        .param("email", email).update();
                return jdbc.sql("UPDATE creative_actor SET contact_email = NULL, contact_phone = NULL, contact_public = false "
                        + "WHERE lower(contact_email) = :email").param("email", email).update();
            }
        };
    }

    /** A holder whose export is one query with an {@code :email} parameter. */
    abstract static class SqlHolder implements PersonalDataHolder {

        private final String kind;
        private final JdbcClient jdbc;
        private final String exportQuery;

        SqlHolder(String kind, JdbcClient jdbc, String exportQuery) {
            this.kind = kind;
            this.jdbc = jdbc;
            this.exportQuery = exportQuery;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public List<Map<String, Object>> export(String email) {
            return jdbc.sql(exportQuery).param("email", email).query().listOfRows();
        }
    }
}
