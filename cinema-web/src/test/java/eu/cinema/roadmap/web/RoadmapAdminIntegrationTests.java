package eu.cinema.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

@PortalIntegrationTest
class RoadmapAdminIntegrationTests {

    static final String EDIT = "/admin/roadmaps/retail-and-small-business/edit";
    static final String FORM = "form[action='/admin/roadmaps/retail-and-small-business']";

    @LocalServerPort
    int port;

    @Test
    void anAdministratorRewritesARoadmapAndAddsAMeasure() {
        PortalClient admin = signedIn("admin@cinema.demo");
        Page form = admin.get(EDIT);
        Document document = form.document();
        int rows = document.select(".measure-row").size();
        String gabrovo = document.select("#measures0\\.cityId option").stream()
                .filter(option -> option.text().equals("Габрово")).findFirst().orElseThrow().val();
        Map<String, String> values = new HashMap<>();
        values.put("expectedChange", "Shops that stay open because creative people fill them.");
        values.put("urbanChallenges", document.selectFirst("#urbanChallenges").val());
        for (int i = 0; i < rows - 1; i++) {
            values.put("measures[" + i + "].cityId", document.selectFirst("#measures" + i + "\\.cityId option[selected]").val());
            values.put("measures[" + i + "].text", document.selectFirst("#measures" + i + "\\.text").val());
        }
        values.put("measures[" + (rows - 1) + "].cityId", gabrovo);
        values.put("measures[" + (rows - 1) + "].text", "Pop-up shops on Radetska street.");

        Page saved = admin.submit(form, FORM, values);

        assertThat(saved.location()).isEqualTo("/map/retail-and-small-business");
        Document theme = new PortalClient(port).get("/map/retail-and-small-business").document();
        assertThat(theme.select(".roadmap").text())
                .contains("Shops that stay open because creative people fill them.", "Габрово", "Pop-up shops on Radetska street.");
        assertThat(theme.select(".measures div")).hasSize(rows);
    }

    @Test
    void editorsCannotEditRoadmaps() {
        PortalClient editor = signedIn("partner@cinema.demo");
        String csrf = editor.get("/account").document().selectFirst("input[name=_csrf]").val();

        assertThat(editor.get(EDIT).status()).isEqualTo(403);
        assertThat(editor.post("/admin/roadmaps/retail-and-small-business",
                Map.of("_csrf", csrf, "expectedChange", "x", "urbanChallenges", "y", "version", "0")).status()).isEqualTo(403);
        assertThat(signedIn("admin@cinema.demo").get("/admin/roadmaps/no-such-theme/edit").status()).isEqualTo(404);
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
