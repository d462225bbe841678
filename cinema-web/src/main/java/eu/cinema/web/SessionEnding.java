package eu.cinema.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.event.TransactionalEventListener;

import eu.cinema.account.AccountAccessChanged;

/**
 * Keeps track of who is signed in where, so that a disabled account, a changed role or a reset
 * password ends that person's open sessions as soon as the change is committed.
 */
@Configuration(proxyBeanMethods = false)
class SessionEnding {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Lets the registry forget sessions that time out or end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
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
            sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
        }
    }
}
