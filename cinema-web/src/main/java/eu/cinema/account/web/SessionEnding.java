package eu.cinema.account.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.event.TransactionalEventListener;

import eu.cinema.account.AccountAccessChanged;

/**
 * Keeps track of who is signed in where, so that a disabled account, a changed role or a new
 * password ends that person's open sessions (but the one a person changed their own password in), on every
 * instance, as soon as the change is committed.
 */
@Configuration(proxyBeanMethods = false)
class SessionEnding {

    /** The sessions in PostgreSQL, found by principal name, so that any instance ends a person's sessions on all. */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * PostgreSQL's upserts for sessions and their attributes. Two requests of one session that add the same
     * attribute at once (two tabs posting forms, each leaving a flash message) would otherwise collide on its key;
     * and a new session whose first save reached the database although its connection was cut before the answer is
     * saved once more, on the error page's way out, which would collide too. Either answered 500.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionUpserts() {
        PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributes = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return sessions -> {
            attributes.customize(sessions);
            sessions.setCreateSessionQuery("""
                    INSERT INTO %TABLE_NAME% (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL,
                        EXPIRY_TIME, PRINCIPAL_NAME) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (PRIMARY_ID) DO UPDATE SET SESSION_ID = EXCLUDED.SESSION_ID,
                        LAST_ACCESS_TIME = EXCLUDED.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = EXCLUDED.MAX_INACTIVE_INTERVAL,
                        EXPIRY_TIME = EXCLUDED.EXPIRY_TIME, PRINCIPAL_NAME = EXCLUDED.PRINCIPAL_NAME""");
        };
    }

    @Bean
    AccessChangeListener accessChangeListener(SessionRegistry sessions) {
        return new AccessChangeListener(sessions);
    }

    static final class AccessChangeListener {

        private final SessionRegistry sessions;

        AccessChangeListener(SessionRegistry sessions) {
            this.sessions = sessions;
        }

        @TransactionalEventListener
        void endSessions(AccountAccessChanged changed) {
            // Principals compare by username, so a bare User with the e-mail finds the person's sessions.
            User principal = new User(changed.email(), "unused", List.of());
            sessions.getAllSessions(principal, false).stream()
                    .filter(session -> !session.getSessionId().equals(changed.keptSession()))
                    .forEach(SessionInformation::expireNow);
        }
    }
}
