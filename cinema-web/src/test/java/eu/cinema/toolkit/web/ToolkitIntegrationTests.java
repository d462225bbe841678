package eu.cinema.toolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The toolkit over real HTTP: the catalogue's filters, a card, ratings by those who used a tool, files, editing rights. */
@PortalIntegrationTest
class ToolkitIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Test
    void theCatalogueFiltersByTargetGroupAndStartUpFocus() {
        PortalClient visitor = new PortalClient(port);

        Document owners = visitor.get("/toolkit?group=PROPERTY_OWNER").document();
        Document startups = visitor.get("/toolkit?startup=true").document();
        Document card = visitor.get(toolPath("Empty floor spaces for creative businesses")).document();

        assertThat(owners.select(".card-title").eachText())
                .contains("Empty floor spaces for creative businesses", "Shop window designs")
                .doesNotContain("Remix the City hackathon");
        assertThat(startups.select(".card-title").eachText()).contains("Remix the City hackathon").doesNotContain("Shop window designs");
        assertThat(card.select(".steps li")).hasSize(4);
        assertThat(card.text()).contains("Municipality of Kamnik", "5 months", "Vacant-property database");
        assertThat(visitor.get("/toolkit?group=ASTRONAUT").status()).isEqualTo(400);
        assertThat(visitor.get("/toolkit/987654").status()).isEqualTo(404);
    }

    @Test
    void aPartnerRatesAToolItUsedOnlyAndOnceAndBadRatingsAreRefused() {
        PortalClient kosice = signedIn("partner@cinema.demo");
        String used = toolPath("Remix the City hackathon");
        String notUsed = toolPath("Shop window designs");
        String own = toolPath("Business model canvas for creative centres");

        Page seven = kosice.submit(kosice.get(used), "form[action$='/ratings']", Map.of("stars", "7"));
        Page first = kosice.submit(kosice.get(used), "form[action$='/ratings']", Map.of("stars", "3", "comment", "Useful"));
        Page again = kosice.submit(kosice.get(used), "form[action$='/ratings']", Map.of("stars", "5", "comment", "<b>Very</b> useful"));
        String csrf = kosice.get("/account").document().selectFirst("input[name=_csrf]").val();
        Page stranger = kosice.post(notUsed + "/ratings", Map.of("_csrf", csrf, "stars", "5"));

        assertThat(seven.status()).isEqualTo(200);
        assertThat(seven.text("#stars-error")).isEqualTo("Enter at most 5.");
        assertThat(first.location()).startsWith(used);
        assertThat(again.location()).startsWith(used);
        Document card = new PortalClient(port).get(used).document();
        assertThat(card.select("#ratings + p, #ratings ~ p").first().text()).isEqualTo("5.0 of 5 from one rating");
        assertThat(card.select(".ratings li").text()).contains("<b>Very</b> useful", "Creative Industry Košice");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(kosice.get(notUsed).document().select("form[action$='/ratings']")).isEmpty();
        assertThat(kosice.post(own + "/ratings", Map.of("_csrf", csrf, "stars", "5")).status())
                .as("its developer does not rate its own tool, though its pilot used it").isEqualTo(403);
        assertThat(kosice.get(own).document().select("form[action$='/ratings']")).isEmpty();
    }

    @Test
    void onlyTheDevelopersEditorsAndAdministratorsEditAndFilesAreSniffed() {
        String kamnik = toolPath("Empty floor spaces for creative businesses");
        assertThat(signedIn("municipality@cinema.demo").get(kamnik + "/edit").status()).isEqualTo(403);
        assertThat(new PortalClient(port).get(kamnik + "/edit").status()).isEqualTo(302);

        PortalClient admin = signedIn("admin@cinema.demo");
        Page edit = admin.get(kamnik + "/edit");
        Page noSteps = admin.submit(edit, "form[action='" + kamnik + "']", Map.of("title", "Empty floor spaces for creative businesses",
                "summary", "s", "stepsText", " \n "));
        Page fake = admin.submitMultipart(admin.get(kamnik + "/edit"), "form[action$='/files']", Map.of("role", "BEFORE", "label", "Fake"),
                "file", "before.png", "not a picture".getBytes(StandardCharsets.UTF_8));
        String refusal = admin.get(fake.location()).text(".alert-error");
        Page real = admin.submitMultipart(admin.get(kamnik + "/edit"), "form[action$='/files']", Map.of("role", "BEFORE", "label", "The empty shop"),
                "file", "before.png", PNG);

        assertThat(noSteps.text("#stepsText-error")).isEqualTo("Fill in this field.");
        assertThat(refusal).contains("not of an accepted kind");
        assertThat(real.location()).isEqualTo(kamnik + "/edit");
        Document card = new PortalClient(port).get(kamnik).document();
        String image = card.selectFirst(".photos img").attr("src");
        assertThat(card.selectFirst(".photos img").attr("alt")).isEqualTo("The empty shop");
        Page served = new PortalClient(port).get(image);
        assertThat(served.header("Content-Type")).isEqualTo("image/png");
        assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new PortalClient(port).get(kamnik + "/files/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    private String toolPath(String title) {
        return new PortalClient(port).get("/toolkit").document().select(".card-title a").stream()
                .filter(a -> a.text().equals(title)).findFirst().orElseThrow().attr("href");
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
