package eu.cinema.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.cinema.partner.PartnerRepository;

/** The demo profile's three accounts, one per role; never present without that profile. */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-cinema-2020";

    private final AccountService accounts;
    private final PartnerRepository partners;

    DemoAccounts(AccountService accounts, PartnerRepository partners) {
        this.accounts = accounts;
        this.partners = partners;
    }

    @Override
    public void run(ApplicationArguments args) {
        open("admin@cinema.demo", "Demo administrator", AccountRole.ADMIN, null);
        open("partner@cinema.demo", "Demo partner editor", AccountRole.PARTNER_EDITOR, "Creative Industry Košice");
        open("municipality@cinema.demo", "Demo municipality editor", AccountRole.MUNICIPALITY_EDITOR,
                "Municipality of Reșița");
    }

    private void open(String email, String name, AccountRole role, String partnerName) {
        if (accounts.exists(email)) {
            return;
        }
        Long partnerId = partnerName == null ? null
                : partners.findByNameEn(partnerName).orElseThrow(() -> new IllegalStateException(
                        "Reference partner missing: " + partnerName)).getId();
        accounts.createDemo(new NewAccount(email, name, PASSWORD, role, partnerId));
    }
}
