package eu.cinema.account;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Notes when each account signs in, for the administrators' list; in SQL, since a sign-in is no edit of the account. */
@Component
class SignIns {

    private final JdbcClient jdbc;

    SignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof PortalUser user) {
            jdbc.sql("UPDATE account SET last_signed_in_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(Instant.now())).param("id", user.getAccountId()).update();
        }
    }
}
