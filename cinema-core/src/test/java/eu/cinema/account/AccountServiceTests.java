package eu.cinema.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import eu.cinema.common.StaleEditException;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.testsupport.PostgisTestConfiguration;

@SpringBootTest(properties = {
        "cinema.bootstrap.admin-email=First.Admin@Example.org",
        "cinema.bootstrap.admin-password=a long enough passphrase"})
@Import(PostgisTestConfiguration.class)
@ActiveProfiles("test")
class AccountServiceTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Autowired
    PartnerRepository partners;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theFirstAdministratorIsCreatedFromConfigurationWithALowerCasedEmail() {
        Account admin = accounts.getByEmail("first.admin@example.org");

        assertThat(admin.getRole()).isEqualTo(AccountRole.ADMIN);
        assertThat(admin.getEmail()).isEqualTo("first.admin@example.org");
        assertThat(userDetails.loadUserByUsername("FIRST.ADMIN@example.org").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        accounts.create(editor("taken@example.org"));

        assertThatThrownBy(() -> accounts.create(editor("  Taken@Example.ORG ")))
                .isInstanceOfSatisfying(AccountRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("account.error.emailTaken");
                    assertThat(e.getField()).isEqualTo("email");
                });
    }

    @Test
    void editorsMustBelongToAPartnerAndMunicipalityEditorsToALocalAuthority() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("nopartner@example.org", "N", PASSWORD,
                AccountRole.PARTNER_EDITOR, null)))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.partnerRequired");
        long ngo = partnerId("Creative Industry Košice");
        assertThatThrownBy(() -> accounts.create(new NewAccount("ngo@example.org", "N", PASSWORD,
                AccountRole.MUNICIPALITY_EDITOR, ngo)))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.partnerNotMunicipality");

        Account mayor = accounts.create(new NewAccount("resita@example.org", "R", PASSWORD,
                AccountRole.MUNICIPALITY_EDITOR, partnerId("Municipality of Reșița")));
        assertThat(mayor.getPartner().getNameEn()).isEqualTo("Municipality of Reșița");
    }

    @Test
    void shortAndOverlongPasswordsAreRefused() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("short@example.org", "S", "too short",
                AccountRole.ADMIN, null)))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.passwordTooShort");
        assertThatThrownBy(() -> accounts.create(new NewAccount("long@example.org", "L", "ș".repeat(37),
                AccountRole.ADMIN, null)))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.passwordTooLong");
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        accounts.create(editor("changer@example.org"));

        assertThatThrownBy(() -> accounts.changeOwnPassword("changer@example.org", "wrong password!", "a new riverside passphrase",
                null)).hasFieldOrPropertyWithValue("field", "currentPassword");
        accounts.changeOwnPassword("changer@example.org", PASSWORD, "a new riverside passphrase", null);

        assertThatThrownBy(() -> accounts.changeOwnPassword("changer@example.org", PASSWORD, "another tannery passphrase", null))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.wrongPassword");
    }

    @Test
    void aLongButGuessablePasswordIsRefusedWithWhatMakesItGuessable() {
        assertThat(refusal("aaaaaaaaaaaa")).isEqualTo("account.error.passwordWeak.pattern");
        assertThat(refusal("qwertyuiopas")).isEqualTo("account.error.passwordWeak.common");
        assertThat(refusal("password1234")).isEqualTo("account.error.passwordWeak.common");
        assertThat(refusal("monkey dragon")).startsWith("account.error.passwordWeak.");
        accounts.create(new NewAccount("strong@example.org", "S", "tannery by the river 7", AccountRole.ADMIN, null));
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrDemoted() {
        Account first = accounts.getByEmail("first.admin@example.org");
        Account second = accounts.create(new NewAccount("second.admin@example.org", "Second", PASSWORD, AccountRole.ADMIN, null));
        long editorsPartner = partnerId("Creative Industry Košice");
        accounts.update(second.getId(), second.getVersion(), new AccountChanges("Second", AccountRole.ADMIN, null, false));
        for (Account other : accounts.findAll()) {
            if (other.getRole() == AccountRole.ADMIN && other.isEnabled() && other.getId() != first.getId()) {
                accounts.update(other.getId(), other.getVersion(), new AccountChanges(other.getDisplayName(), AccountRole.ADMIN, null, false));
            }
        }

        Account last = accounts.get(first.getId());
        assertThatThrownBy(() -> accounts.update(last.getId(), last.getVersion(), new AccountChanges("A", AccountRole.ADMIN, null, false)))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.lastAdministrator");
        assertThatThrownBy(() -> accounts.update(last.getId(), last.getVersion(),
                new AccountChanges("A", AccountRole.PARTNER_EDITOR, editorsPartner, true)))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.lastAdministrator");
        Account disabledSecond = accounts.get(second.getId());
        accounts.update(second.getId(), disabledSecond.getVersion(), new AccountChanges("Second", AccountRole.ADMIN, null, true));
        accounts.update(last.getId(), last.getVersion(), new AccountChanges("A", AccountRole.ADMIN, null, false));
        assertThat(accounts.get(last.getId()).isEnabled()).as("with another administrator active, it may be disabled").isFalse();
    }

    private String refusal(String password) {
        try {
            accounts.create(new NewAccount("weak-" + System.nanoTime() + "@example.org", "W", password, AccountRole.ADMIN, null));
        } catch (AccountRuleException refused) {
            return refused.getMessageKey();
        }
        throw new AssertionError(password + " was accepted");
    }

    @Test
    void aStaleEditIsRefused() {
        Account account = accounts.create(editor("stale@example.org"));
        long version = account.getVersion();
        accounts.update(account.getId(), version, new AccountChanges("First edit", AccountRole.PARTNER_EDITOR,
                account.getPartner().getId(), true));

        assertThatThrownBy(() -> accounts.update(account.getId(), version, new AccountChanges("Second edit",
                AccountRole.PARTNER_EDITOR, account.getPartner().getId(), true)))
                .isInstanceOf(StaleEditException.class);
        assertThat(accounts.get(account.getId()).getDisplayName()).isEqualTo("First edit");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Account account = accounts.create(editor("disabled@example.org"));
        accounts.update(account.getId(), account.getVersion(), new AccountChanges("D", AccountRole.PARTNER_EDITOR,
                account.getPartner().getId(), false));

        assertThat(userDetails.loadUserByUsername("disabled@example.org").isEnabled()).isFalse();
    }

    private NewAccount editor(String email) {
        return new NewAccount(email, "Editor", PASSWORD, AccountRole.PARTNER_EDITOR, partnerId("Creative Industry Košice"));
    }

    private long partnerId(String name) {
        return partners.findByNameEn(name).orElseThrow().getId();
    }
}
