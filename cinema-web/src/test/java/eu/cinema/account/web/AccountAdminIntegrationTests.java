package eu.cinema.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.partner.PartnerRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

@PortalIntegrationTest
class AccountAdminIntegrationTests {

    static final String NEW_ACCOUNT_FORM = "form[action='/admin/accounts']";

    @LocalServerPort
    int port;

    @Autowired
    PartnerRepository partners;

    PortalClient admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
    }

    @Test
    void anAdministratorOpensAnAccountAndItsOwnerSignsIn() {
        String email = unique("editor");
        Page created = createAccount(email, "PARTNER_EDITOR", partnerId("Stuttgart Media University"));

        assertThat(created.location()).matches("/admin/accounts/\\d+/edit");
        Document editPage = admin.get(created.location()).document();
        assertThat(editPage.selectFirst("[role=status]").text()).isEqualTo("“Test person” is created.");
        assertThat(editPage.select(".history-list > li")).hasSize(1);

        PortalClient owner = new PortalClient(port);
        assertThat(owner.signIn(email, "a long passphrase").location()).isEqualTo("/workspace");
        assertThat(owner.get("/account").document().text()).contains("Stuttgart Media University", "Partner editor");
    }

    @Test
    void anInvalidOrDuplicateEmailGetsAFieldError() {
        Page invalid = createAccount("not-an-email", "ADMIN", null);
        Page duplicate = createAccount("PARTNER@cinema.demo", "ADMIN", null);

        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.text("#email-error")).isEqualTo("Enter a valid e-mail address.");
        assertThat(invalid.document().selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(duplicate.text("#email-error")).isEqualTo("An account with this e-mail address exists already.");
    }

    @Test
    void editorsNeedAFittingOrganisation() {
        Page noPartner = createAccount(unique("lonely"), "PARTNER_EDITOR", null);
        Page notAMunicipality = createAccount(unique("mayor"), "MUNICIPALITY_EDITOR", partnerId("Studio Komplekt"));

        assertThat(noPartner.text("#partnerId-error")).isEqualTo("Editors must belong to an organisation.");
        assertThat(notAMunicipality.text("#partnerId-error")).startsWith("A municipality editor must belong");
    }

    @Test
    void aOneMegabyteFieldIsRefusedWithAMessage() {
        Map<String, String> values = accountValues(unique("huge"), "ADMIN", null);
        values.put("displayName", "x".repeat(1_000_000));

        Page page = admin.submit(admin.get("/admin/accounts/new"), NEW_ACCOUNT_FORM, values);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#displayName-error")).isEqualTo("Use at most 200 characters.");
    }

    @Test
    void aShortPasswordIsRefused() {
        Map<String, String> values = accountValues(unique("short"), "ADMIN", null);
        values.put("password", "short");

        Page page = admin.submit(admin.get("/admin/accounts/new"), NEW_ACCOUNT_FORM, values);

        assertThat(page.text("#password-error")).isEqualTo("Use at least 12 characters.");
    }

    @Test
    void aDisabledAccountCanNoLongerSignIn() {
        String email = unique("leaver");
        String editPath = createAccount(email, "ADMIN", null).location();
        String accountPath = editPath.replace("/edit", "");

        Page saved = admin.submit(admin.get(editPath), "form[action='" + accountPath + "']",
                Map.of("displayName", "Leaver", "role", "ADMIN", "partnerId", ""));

        assertThat(saved.location()).isEqualTo(editPath);
        assertThat(admin.get("/admin/accounts").document().text()).contains(email + " Leaver Administrator — Disabled");
        assertThat(new PortalClient(port).signIn(email, "a long passphrase").location()).isEqualTo("/login?error");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() {
        String email = unique("session");
        String editPath = createAccount(email, "ADMIN", null).location();
        PortalClient owner = new PortalClient(port);
        owner.signIn(email, "a long passphrase");
        assertThat(owner.get("/account").status()).isEqualTo(200);

        admin.submit(admin.get(editPath), "form[action='" + editPath.replace("/edit", "") + "']",
                Map.of("displayName", "Gone", "role", "ADMIN", "partnerId", ""));

        Page next = owner.get("/account");
        assertThat(next.location()).isEqualTo("/login?expired");
        assertThat(owner.get("/login?expired").text("[role=alert]")).startsWith("Your session has ended");
    }

    @Test
    void aPasswordResetEndsTheOldSessions() {
        String email = unique("reset-session");
        String editPath = createAccount(email, "ADMIN", null).location();
        PortalClient owner = new PortalClient(port);
        owner.signIn(email, "a long passphrase");

        admin.submit(admin.get(editPath), "form[action$='/password']", Map.of("newPassword", "a brand new passphrase"));

        assertThat(owner.get("/account").location()).isEqualTo("/login?expired");
        PortalClient again = new PortalClient(port);
        assertThat(again.signIn(email, "a brand new passphrase").location()).isEqualTo("/workspace");
        assertThat(again.get("/account").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorResetsAPassword() {
        String email = unique("forgetful");
        String editPath = createAccount(email, "ADMIN", null).location();

        Page reset = admin.submit(admin.get(editPath), "form[action$='/password']",
                Map.of("newPassword", "a brand new passphrase"));

        assertThat(reset.location()).isEqualTo(editPath);
        assertThat(new PortalClient(port).signIn(email, "a long passphrase").location()).isEqualTo("/login?error");
        assertThat(new PortalClient(port).signIn(email, "a brand new passphrase").location()).isEqualTo("/workspace");
    }

    @Test
    void aStaleEditIsRefusedAndShowsWhatChanged() {
        String editPath = createAccount(unique("contested"), "ADMIN", null).location();
        String accountPath = editPath.replace("/edit", "");
        Page firstEditorsForm = admin.get(editPath);
        PortalClient otherAdmin = new PortalClient(port);
        otherAdmin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        otherAdmin.submit(otherAdmin.get(editPath), "form[action='" + accountPath + "']",
                Map.of("displayName", "Renamed by the other", "role", "ADMIN", "partnerId", "", "enabled", "true"));

        Page stale = admin.submit(firstEditorsForm, "form[action='" + accountPath + "']",
                Map.of("displayName", "Mine", "role", "ADMIN", "partnerId", "", "enabled", "true"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text(".alert-error")).startsWith("Someone else saved this in between.");
        assertThat(stale.text(".history-list > li:first-child")).contains("Renamed by the other");
        assertThat(stale.document().selectFirst("#displayName").val()).isEqualTo("Mine");
        assertThat(admin.get(editPath).document().selectFirst("#displayName").val()).isEqualTo("Renamed by the other");
    }

    @Test
    void aPersonChangesTheirOwnPassword() {
        String email = unique("self");
        createAccount(email, "ADMIN", null);
        PortalClient owner = new PortalClient(port);
        owner.signIn(email, "a long passphrase");

        Page wrongCurrent = owner.submit(owner.get("/account"), "form[action='/account/password']",
                Map.of("currentPassword", "not it at all", "newPassword", "my own passphrase", "confirmation", "my own passphrase"));
        Page mismatch = owner.submit(owner.get("/account"), "form[action='/account/password']",
                Map.of("currentPassword", "a long passphrase", "newPassword", "my own passphrase", "confirmation", "typo"));
        Page changed = owner.submit(owner.get("/account"), "form[action='/account/password']",
                Map.of("currentPassword", "a long passphrase", "newPassword", "my own passphrase", "confirmation", "my own passphrase"));

        assertThat(wrongCurrent.text("#currentPassword-error")).isEqualTo("That is not your current password.");
        assertThat(mismatch.document().text()).contains("The two new passwords differ.");
        assertThat(changed.location()).isEqualTo("/account");
        assertThat(new PortalClient(port).signIn(email, "my own passphrase").location()).isEqualTo("/workspace");
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsAndGuessingTheCurrentOneIsThrottled() {
        String email = unique("sessions");
        createAccount(email, "ADMIN", null);
        PortalClient phone = new PortalClient(port);
        phone.signIn(email, "a long passphrase");
        PortalClient desk = new PortalClient(port);
        desk.signIn(email, "a long passphrase");

        Page weak = desk.submit(desk.get("/account"), "form[action='/account/password']",
                Map.of("currentPassword", "a long passphrase", "newPassword", "aaaaaaaaaaaa", "confirmation", "aaaaaaaaaaaa"));
        assertThat(weak.text("#newPassword-error")).startsWith("This password is a predictable pattern");
        desk.submit(desk.get("/account"), "form[action='/account/password']",
                Map.of("currentPassword", "a long passphrase", "newPassword", "my own passphrase", "confirmation", "my own passphrase"));

        assertThat(desk.get("/account").status()).as("the session it was changed in goes on").isEqualTo(200);
        assertThat(phone.get("/account").location()).as("the other session has ended").startsWith("/login");

        for (int guess = 0; guess < 5; guess++) {
            desk.submit(desk.get("/account"), "form[action='/account/password']",
                    Map.of("currentPassword", "guess " + guess, "newPassword", "tannery by the river 7", "confirmation", "tannery by the river 7"));
        }
        Page throttled = desk.submit(desk.get("/account"), "form[action='/account/password']",
                Map.of("currentPassword", "my own passphrase", "newPassword", "tannery by the river 7", "confirmation", "tannery by the river 7"));
        assertThat(throttled.text("#currentPassword-error")).startsWith("Too many wrong passwords");
        assertThat(new PortalClient(port).signIn(email, "my own passphrase").location())
                .as("the guesses count for signing in from here too").isEqualTo("/login?throttled");
    }

    private Page createAccount(String email, String role, Long partnerId) {
        return admin.submit(admin.get("/admin/accounts/new"), NEW_ACCOUNT_FORM, accountValues(email, role, partnerId));
    }

    private static Map<String, String> accountValues(String email, String role, Long partnerId) {
        Map<String, String> values = new HashMap<>();
        values.put("email", email);
        values.put("displayName", "Test person");
        values.put("password", "a long passphrase");
        values.put("role", role);
        values.put("partnerId", partnerId == null ? "" : partnerId.toString());
        return values;
    }

    private long partnerId(String name) {
        return partners.findByNameEn(name).orElseThrow().getId();
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "@example.org";
    }
}
