package eu.cinema.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Opens the first administrator's account from configuration, so that no default password ever
 * ships: set {@code CINEMA_BOOTSTRAP_ADMIN_EMAIL} and {@code CINEMA_BOOTSTRAP_ADMIN_PASSWORD} once,
 * start the portal, then remove them. An existing account with that e-mail is left untouched.
 */
@Component
@EnableConfigurationProperties(FirstAdministrator.Settings.class)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final Settings settings;

    FirstAdministrator(AccountService accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(settings.adminEmail()) || !StringUtils.hasText(settings.adminPassword())) {
            return;
        }
        if (accounts.exists(settings.adminEmail())) {
            log.info("First administrator {} exists already; the bootstrap settings can be removed", settings.adminEmail());
            return;
        }
        accounts.createUnchecked(new NewAccount(settings.adminEmail(), "Administrator", settings.adminPassword(),
                AccountRole.ADMIN, null));
        log.info("Created the first administrator {}", settings.adminEmail());
    }

    @ConfigurationProperties("cinema.bootstrap")
    record Settings(String adminEmail, String adminPassword) {
    }
}
