package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.site.Publication;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;
import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The public's proposals and the moderators' queue, over real HTTP. */
@PortalIntegrationTest
class SiteProposalIntegrationTests {

    static final String FORM = "form[action='/sites/propose']";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    SiteRepository sites;

    @Test
    void aProposalWaitsUnseenUntilAModeratorOfThatCountryPublishesIt() {
        String name = "Empty cinema " + System.nanoTime();
        PortalClient visitor = new PortalClient(port);

        Page sent = visitor.submitMultipart(visitor.get("/sites/propose"), FORM,
                proposal(name, "SK", "48.7200", "21.2600"), "photo", "../../etc/cinema.png", PNG);

        assertThat(sent.location()).isEqualTo("/sites/propose");
        assertThat(visitor.get("/sites/propose").text("[role=status]")).startsWith("Thank you!");
        Site proposed = siteNamed(name);
        assertThat(proposed.getPublication()).isEqualTo(Publication.PROPOSED);
        assertThat(proposed.getProposerEmail()).isEqualTo("finder@example.org");
        assertThat(proposed.getPhotoIds()).hasSize(1);
        assertThat(new PortalClient(port).get("/map?country=SK").body()).doesNotContain(name);
        assertThat(new PortalClient(port).get("/sites/" + proposed.getId()).status()).isEqualTo(404);

        PortalClient otherCountry = new PortalClient(port);
        otherCountry.signIn("municipality@cinema.demo", PortalClient.DEMO_PASSWORD);
        assertThat(otherCountry.get("/moderation").body()).doesNotContain(name);
        String csrf = otherCountry.get("/moderation").document().selectFirst("input[name=_csrf]").val();
        assertThat(otherCountry.post("/moderation/sites/" + proposed.getId() + "/publish", Map.of("_csrf", csrf)).status())
                .isEqualTo(403);

        PortalClient moderator = new PortalClient(port);
        moderator.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page queue = moderator.get("/moderation");
        assertThat(queue.body()).contains(name, "finder@example.org");
        assertThat(moderator.get("/moderation/sites/" + proposed.getId() + "/photos/0").header("Content-Type"))
                .isEqualTo("image/png");
        Page published = moderator.submit(queue, "form[action='/moderation/sites/" + proposed.getId() + "/publish']", Map.of());

        assertThat(published.location()).isEqualTo("/moderation");
        assertThat(new PortalClient(port).get("/map?country=SK").body()).contains(name);
        Page page = new PortalClient(port).get("/sites/" + proposed.getId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("finder@example.org");
        Page photo = new PortalClient(port).get("/sites/" + proposed.getId() + "/photos/0", "image/*");
        assertThat(photo.header("Content-Type")).isEqualTo("image/png");
        assertThat(photo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(photo.header("Content-Disposition")).startsWith("inline").contains("cinema.png").doesNotContain("..");
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsItHidden() {
        String name = "Old mill " + System.nanoTime();
        PortalClient visitor = new PortalClient(port);
        visitor.submitMultipart(visitor.get("/sites/propose"), FORM, proposal(name, "SK", "48.70", "21.25"), null, null, null);
        long id = siteNamed(name).getId();
        PortalClient moderator = new PortalClient(port);
        moderator.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        String rejectForm = "form[action='/moderation/sites/" + id + "/reject']";

        Page withoutReason = moderator.submit(moderator.get("/moderation"), rejectForm, Map.of("reason", " "));
        assertThat(moderator.get(withoutReason.location()).text("[role=alert]")).startsWith("Give a reason");
        moderator.submit(moderator.get("/moderation"), rejectForm, Map.of("reason", "Demolished in 2019."));

        Site rejected = siteNamed(name);
        assertThat(rejected.getPublication()).isEqualTo(Publication.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("Demolished in 2019.");
        assertThat(new PortalClient(port).get("/sites/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDisguisedFileIsRefusedBesideThePhotoField() {
        String name = "Disguised " + System.nanoTime();
        PortalClient visitor = new PortalClient(port);

        Page page = visitor.submitMultipart(visitor.get("/sites/propose"), FORM, proposal(name, "RO", "45.3", "21.9"),
                "photo", "holiday.jpg", "<?php echo 'not an image'; ?>".getBytes());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#photo-error")).isEqualTo("The file is not of an accepted kind (JPG, PNG, WEBP); its content was checked, not its name.");
        assertThat(sites.findAll()).noneMatch(site -> site.getName().equals(name));
    }

    @Test
    void anOversizedPhotoIsRefusedWithAMessage() {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        PortalClient visitor = new PortalClient(port);

        Page page = visitor.submitMultipart(visitor.get("/sites/propose"), FORM,
                proposal("Too big " + System.nanoTime(), "RO", "45.3", "21.9"), "photo", "big.png", big);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#photo-error")).isEqualTo("The file is too large; at most 5 MB.");
    }

    @Test
    void badCoordinatesAndMissingFieldsAreShownBesideTheirFields() {
        PortalClient visitor = new PortalClient(port);
        Map<String, String> values = proposal("", "", "NaN", "181");

        Page page = visitor.submitMultipart(visitor.get("/sites/propose"), FORM, values, null, null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#name-error")).isEqualTo("Fill in this field.");
        assertThat(page.text("#longitude-error")).isEqualTo("Enter at most 180.");
        assertThat(page.text("#latitude-error")).isNotBlank();
        assertThat(page.text("#countryCode-error")).isNotBlank();
        assertThat(page.document().select(".error-summary a").eachAttr("href"))
                .contains("#name", "#longitude", "#latitude", "#countryCode");
        assertThat(page.document().select(".error-summary a[href='#longitude']").text()).isEqualTo("Enter at most 180.");
        HtmlChecker.assertValid("/sites/propose with errors", page.body());
    }

    @Test
    void aFilledHoneypotIsThankedButNothingIsStored() {
        String name = "Robot " + System.nanoTime();
        Map<String, String> values = proposal(name, "RO", "45.3", "21.9");
        values.put("homepage", "http://spam.example");
        PortalClient robot = new PortalClient(port);

        Page page = robot.submitMultipart(robot.get("/sites/propose"), FORM, values, null, null, null);

        assertThat(page.location()).isEqualTo("/sites/propose");
        assertThat(sites.findAll()).noneMatch(site -> site.getName().equals(name));
    }

    @Test
    void withoutACsrfTokenAProposalIsRefused() {
        Page page = new PortalClient(port).post("/sites/propose", proposal("No token", "RO", "45.3", "21.9"));

        assertThat(page.status()).isEqualTo(403);
    }

    static Map<String, String> proposal(String name, String country, String latitude, String longitude) {
        Map<String, String> values = new HashMap<>();
        values.put("name", name);
        values.put("kind", "COMMERCIAL_UNIT");
        values.put("cityName", "Košice");
        values.put("countryCode", country);
        values.put("latitude", latitude);
        values.put("longitude", longitude);
        values.put("description", "Closed since <b>2015</b>.");
        values.put("contactEmail", "finder@example.org");
        return values;
    }

    private Site siteNamed(String name) {
        return sites.findAll().stream().filter(site -> site.getName().equals(name)).findFirst()
                .flatMap(site -> sites.findWithOwnerById(site.getId())).orElseThrow();
    }
}
