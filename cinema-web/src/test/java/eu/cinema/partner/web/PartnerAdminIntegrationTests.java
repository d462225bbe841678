package eu.cinema.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.partner.PartnerRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

@PortalIntegrationTest
class PartnerAdminIntegrationTests {

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
    void anAdministratorCorrectsAPartnerAndTheHistoryShowsIt() {
        long id = partnerId("Town of Leonding");

        Page saved = edit(id, admin.get(editPath(id)), Map.of("website", "https://www.leonding.at/wirtschaft"));

        assertThat(saved.location()).isEqualTo("/partners/" + id);
        assertThat(new PortalClient(port).get("/partners/" + id).document().text())
                .contains("https://www.leonding.at/wirtschaft");
        Element latest = admin.get(editPath(id)).document().selectFirst(".history-list > li");
        assertThat(latest.text()).contains("Demo administrator", "changed", "Website", "https://www.leonding.at",
                "https://www.leonding.at/wirtschaft");
    }

    @Test
    void badValuesAreShownBesideTheirFields() {
        long id = partnerId("City of Sombor");

        Page page = edit(id, admin.get(editPath(id)), Map.of("nameEn", "", "latitude", "north", "longitude", "200",
                "website", "javascript:alert(1)", "acronym", "A".repeat(41)));

        Document form = page.document();
        assertThat(page.status()).isEqualTo(200);
        assertThat(form.selectFirst("#nameEn-error").text()).isEqualTo("Fill in this field.");
        assertThat(form.selectFirst("#latitude-error").text()).isEqualTo("Enter a number, such as 45.3008.");
        assertThat(form.selectFirst("#longitude-error").text()).isEqualTo("Enter at most 180.");
        assertThat(form.selectFirst("#website-error").text()).startsWith("Enter a web address");
        assertThat(form.selectFirst("#acronym-error").text()).isEqualTo("Use at most 40 characters.");
        assertThat(partners.findById(id).orElseThrow().getNameEn()).isEqualTo("City of Sombor");
    }

    @Test
    void twoPartnersCannotShareAName() {
        long id = partnerId("City of Linz");

        Page page = edit(id, admin.get(editPath(id)), Map.of("nameEn", "city of sombor"));

        assertThat(page.text("#nameEn-error")).isEqualTo("Another organisation already has this name.");
    }

    @Test
    void aStaleEditIsRefused() {
        long id = partnerId("Plovdiv Regional Administration");
        Page staleForm = admin.get(editPath(id));
        edit(id, admin.get(editPath(id)), Map.of("acronym", "PRA"));

        Page refused = edit(id, staleForm, Map.of("acronym", "OTHER"));

        assertThat(refused.text(".alert-error")).startsWith("Someone else saved this in between.");
        assertThat(partners.findById(id).orElseThrow().getAcronym()).isEqualTo("PRA");
    }

    @Test
    void anUnknownPartnerCannotBeEdited() {
        assertThat(admin.get("/admin/partners/987654/edit").status()).isEqualTo(404);
    }

    private Page edit(long id, Page formPage, Map<String, String> changes) {
        Map<String, String> values = new HashMap<>();
        Document form = formPage.document();
        for (String field : new String[] {"nameEn", "nameOriginal", "acronym", "latitude", "longitude", "website"}) {
            values.put(field, form.selectFirst("#" + field).val());
        }
        for (String field : new String[] {"role", "kind", "segment", "cityId"}) {
            values.put(field, form.selectFirst("#" + field + " option[selected]").val());
        }
        values.putAll(changes);
        return admin.submit(formPage, "form[action='/admin/partners/" + id + "']", values);
    }

    private static String editPath(long id) {
        return "/admin/partners/" + id + "/edit";
    }

    private long partnerId(String name) {
        return partners.findByNameEn(name).orElseThrow().getId();
    }
}
