package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.partner.PartnerRepository;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.region.CityRepository;
import eu.cinema.site.Publication;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * The permission holes found by trying the portal as an editor would who wants more than their own (each request
 * with a valid CSRF token, as a crafted form post): every one is refused now, and nothing is changed.
 */
@PortalIntegrationTest
class AuthorisationIntegrationTests {

    private static final String PARTNER = "partner@cinema.demo";
    private static final String MUNICIPALITY = "municipality@cinema.demo";

    @LocalServerPort
    int port;

    /** The proposals sent here count against 127.0.0.1's hourly limit, which the other tests' proposals need. */
    @AfterEach
    void forgetTheProposalsCounted() {
        jdbc.sql("DELETE FROM shared_counter WHERE key LIKE 'site-proposal%'").update();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PartnerRepository partners;

    @Autowired
    PilotRepository pilots;

    @Autowired
    CityRepository cities;

    @Autowired
    SiteRepository sites;

    @Test
    void anEditorLinksACreativeActorToTheirOwnOrganisationOnly() {
        PortalClient kosice = signedIn(PARTNER);
        long resita = partners.findByNameEn("Municipality of Reșița").orElseThrow().getId();
        long own = partners.findByNameEn("Creative Industry Košice").orElseThrow().getId();
        String name = "Foundry " + System.nanoTime();
        Map<String, String> actor = new HashMap<>(Map.of("name", name, "kind", "CI_BUSINESS", "domains", "FASHION",
                "cityName", "Košice", "countryCode", "SK", "latitude", "48.72", "longitude", "21.26"));

        actor.put("partnerId", String.valueOf(resita));
        Page refused = kosice.submitAsShown(kosice.get("/actors/new"), "form[action='/actors']", actor);
        actor.put("partnerId", String.valueOf(own));
        Page created = kosice.submitAsShown(kosice.get("/actors/new"), "form[action='/actors']", actor);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#partnerId-error")).startsWith("Link the actor to your own organisation");
        assertThat(created.location()).matches("/actors/\\d+");
        assertThat(kosice.get("/actors/new").document().select("#partnerId option").eachText())
                .containsExactly("Not stated", "Creative Industry Košice");
    }

    @Test
    void aToolCardNamesOnlyPilotsItsDevelopersOrganisationTakesPartIn() {
        PortalClient kosice = signedIn(PARTNER);
        String own = toolPath("Business model canvas for creative centres");
        long elsewhere = pilotId("Storytelling shop windows");

        Page refused = kosice.submitAsShown(kosice.get(own + "/edit"), "form[action='" + own + "']",
                Map.of("pilotIds", String.valueOf(elsewhere)));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#pilotIds-error")).isEqualTo("Name only pilots your organisation runs or takes part in.");
        assertThat(new PortalClient(port).get(own).body()).doesNotContain("Storytelling shop windows");
    }

    @Test
    void aMunicipalityOpensPlansForItsOwnCityOnly() {
        PortalClient resita = signedIn(MUNICIPALITY);
        long ljubljana = cities.findFirstByNameEn("Ljubljana").orElseThrow().getId();
        String title = "Ljubljana by Resita " + System.nanoTime();

        Page refused = resita.submitAsShown(resita.get("/plans/new"), "form[action='/plans']", Map.of("title", title,
                "theme", "RETAIL_SMALL_BUSINESS", "textLang", "en", "summary", "A summary", "cityId", String.valueOf(ljubljana)));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text(".field-invalid .field-error")).startsWith("A municipality plans for its own city");
        assertThat(resita.get("/plans/new").document().select("#cityId option")).hasSize(1);
    }

    @Test
    void aNewPilotStartsPlannedOrRunning() {
        PortalClient kosice = signedIn(PARTNER);
        Map<String, String> pilot = new HashMap<>(Map.of("title", "Finished before it began " + System.nanoTime(),
                "startsOn", "2024-01-01", "endsOn", "2024-12-31", "latitude", "48.72", "longitude", "21.26",
                "summary", "A pilot", "status", "COMPLETED"));
        pilot.put("cityId", String.valueOf(cities.findFirstByNameEn("Kosice").orElseThrow().getId()));

        Page refused = kosice.submitAsShown(kosice.get("/pilots/new"), "form[action='/pilots']", pilot);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("A new pilot is planned or running");
        assertThat(pilots.findAll()).noneMatch(p -> p.getTitle().equals(pilot.get("title")));
    }

    @Test
    void aRejectedProposalIsNotPublishedByADirectPostAndMunicipalitiesDoNotModerate() {
        String name = "Rejected hall " + System.nanoTime();
        PortalClient visitor = new PortalClient(port);
        visitor.submitMultipart(visitor.get("/sites/propose"), "form[action='/sites/propose']",
                Map.of("name", name, "kind", "COMMERCIAL_UNIT", "cityName", "Reșița", "countryCode", "RO",
                        "latitude", "45.30", "longitude", "21.89", "contactEmail", "finder@example.org"), null, null, null);
        long id = siteNamed(name).getId();
        PortalClient resita = signedIn(MUNICIPALITY);
        String resitaToken = resita.get("/account").document().selectFirst("input[name=_csrf]").val();

        assertThat(resita.get("/account").document().select("a[href='/moderation']")).as("no moderation link").isEmpty();
        assertThat(resita.post("/moderation/sites/" + id + "/publish", Map.of("_csrf", resitaToken)).status())
                .as("a municipality of the proposal's own country does not moderate it").isEqualTo(403);
        assertThat(resita.get("/moderation").body()).doesNotContain("finder@example.org");

        PortalClient admin = signedIn("admin@cinema.demo");
        admin.submit(admin.get("/moderation"), "form[action='/moderation/sites/" + id + "/reject']", Map.of("reason", "Not empty."));
        String adminToken = admin.get("/account").document().selectFirst("input[name=_csrf]").val();
        Page published = admin.post("/moderation/sites/" + id + "/publish", Map.of("_csrf", adminToken));

        assertThat(published.status()).isEqualTo(400);
        assertThat(siteNamed(name).getPublication()).isEqualTo(Publication.REJECTED);
        assertThat(new PortalClient(port).get("/sites/" + id).status()).isEqualTo(404);
    }

    private Site siteNamed(String name) {
        return sites.findAll().stream().filter(site -> site.getName().equals(name)).findFirst().orElseThrow();
    }

    private long pilotId(String title) {
        return pilots.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().map(Pilot::getId).orElseThrow();
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
