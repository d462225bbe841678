package eu.cinema.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import eu.cinema.account.Account;
import eu.cinema.account.AccountChanges;
import eu.cinema.account.AccountRole;
import eu.cinema.account.AccountService;
import eu.cinema.account.NewAccount;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerDetails;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.partner.PartnerService;
import eu.cinema.testsupport.PostgisTestConfiguration;

@SpringBootTest
@Import(PostgisTestConfiguration.class)
@ActiveProfiles("test")
class HistoryServiceTests {

    @Autowired
    HistoryService history;

    @Autowired
    PartnerService partnerService;

    @Autowired
    PartnerRepository partners;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChangeRecordsWhoWhenAndWhichFieldsChanged() {
        signInAs("history.admin@example.org");
        Partner gabrovo = partners.findByNameEn("Municipality of Gabrovo").orElseThrow();

        partnerService.update(gabrovo.getId(), gabrovo.getVersion(), new PartnerDetails(gabrovo.getNameEn(),
                gabrovo.getNameOriginal(), "GAB", gabrovo.getRole(), gabrovo.getKind(), gabrovo.getSegment(),
                gabrovo.getCity().getId(), gabrovo.getLocation().getX(), gabrovo.getLocation().getY(),
                "https://www.gabrovo.bg/en"));

        List<HistoryEntry> entries = history.historyOf(Partner.class, gabrovo.getId());
        HistoryEntry latest = entries.get(0);
        assertThat(latest.actor()).isEqualTo("history.admin@example.org");
        assertThat(latest.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
        assertThat(latest.changes()).extracting(HistoryEntry.FieldChange::field)
                .containsExactly("acronym", "website");
        assertThat(entries.get(entries.size() - 1).actor()).isEqualTo("reference data");
        assertThat(latest.changes()).contains(
                new HistoryEntry.FieldChange("website", "https://www.gabrovo.bg", "https://www.gabrovo.bg/en"),
                new HistoryEntry.FieldChange("acronym", null, "GAB"));
    }

    @Test
    void anotherEntityIsNamedAndAnEnumKeptAsItsValueNotAsText() {
        signInAs("history.admin@example.org");
        Partner gabrovo = partners.findByNameEn("Municipality of Gabrovo").orElseThrow();
        Partner kosice = partners.findByNameEn("Creative Industry Košice").orElseThrow();
        PartnerDetails before = detailsOf(gabrovo, gabrovo.getCity().getId(), gabrovo.getSegment());

        partnerService.update(gabrovo.getId(), gabrovo.getVersion(), detailsOf(gabrovo, kosice.getCity().getId(), HelixSegment.CIVIL_SOCIETY));

        HistoryEntry latest = history.historyOf(Partner.class, gabrovo.getId()).get(0);
        assertThat(latest.type()).isEqualTo("Partner");
        assertThat(latest.changes()).as("in the order the entity declares its fields").containsExactly(
                new HistoryEntry.FieldChange("segment", gabrovo.getSegment(), HelixSegment.CIVIL_SOCIETY),
                new HistoryEntry.FieldChange("country", new HistoryEntry.Reference("Country", "BG", "Bulgaria"),
                        new HistoryEntry.Reference("Country", "SK", "Slovakia")),
                new HistoryEntry.FieldChange("city", new HistoryEntry.Reference("City", gabrovo.getCity().getId(), "Габрово"),
                        new HistoryEntry.Reference("City", kosice.getCity().getId(), "Košice")));
        // Other tests rely on the reference data: Gabrovo goes back where it was.
        partnerService.update(gabrovo.getId(), partners.findById(gabrovo.getId()).orElseThrow().getVersion(), before);
    }

    private static PartnerDetails detailsOf(Partner partner, long cityId, HelixSegment segment) {
        return new PartnerDetails(partner.getNameEn(), partner.getNameOriginal(), partner.getAcronym(), partner.getRole(),
                partner.getKind(), segment, cityId, partner.getLocation().getX(), partner.getLocation().getY(), partner.getWebsite());
    }

    @Test
    void anAccountsHistoryNeverHoldsItsPassword() {
        Account account = accounts.create(new NewAccount("audited@example.org", "Audited", "a first passphrase",
                AccountRole.ADMIN, null));
        accounts.resetPassword(account.getId(), "a second passphrase");
        accounts.update(account.getId(), accounts.get(account.getId()).getVersion(), new AccountChanges("Renamed", AccountRole.ADMIN, null, true));

        List<HistoryEntry> entries = history.historyOf(Account.class, account.getId());

        assertThat(entries).extracting(HistoryEntry::kind)
                .containsExactly(HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CREATED);
        assertThat(entries.get(1).actor()).isEqualTo("system");
        assertThat(entries).flatExtracting(HistoryEntry::changes)
                .extracting(HistoryEntry.FieldChange::field)
                .doesNotContain("passwordHash")
                .contains("email", "displayName", "role", "enabled");
        assertThat(entries.get(0).changes()).containsExactly(
                new HistoryEntry.FieldChange("displayName", "Audited", "Renamed"));
    }

    private static void signInAs(String email) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }
}
