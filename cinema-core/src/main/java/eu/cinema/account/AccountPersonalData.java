package eu.cinema.account;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.history.Revisions;
import eu.cinema.privacy.SqlPersonalData;

/**
 * Accounts and their traces in the history. Erasure anonymises the account (the records it wrote keep an
 * author) and runs last, since other modules find a person's records through their account's address.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountPersonalData extends SqlPersonalData {

    private final Revisions revisions;

    AccountPersonalData(JdbcClient jdbc, Revisions revisions) {
        super("account", jdbc, "SELECT id, email, display_name, role, enabled, created_at FROM account WHERE email = :email");
        this.revisions = revisions;
    }

    @Override
    public int erase(String email) {
        var ids = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).list();
        for (Long id : ids) {
            String anonymous = "erased-" + id + "@erased.invalid";
            // The password can never match again: no BCrypt hash has this form.
            jdbc.sql("UPDATE account SET email = :anonymous, display_name = :name, enabled = false, password_hash = 'erased' "
                    + "WHERE id = :id").param("anonymous", anonymous).param("name", ERASED).param("id", id).update();
            jdbc.sql("UPDATE account_aud SET email = :anonymous, display_name = :name WHERE id = :id")
                    .param("anonymous", anonymous).param("name", ERASED).param("id", id).update();
        }
        return ids.size() + revisions.anonymiseActor(email, ERASED);
    }
}
