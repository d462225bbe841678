package eu.cinema.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.pilot.PilotRepository;
import eu.cinema.plan.PlanVersionRepository;
import eu.cinema.site.SiteService;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SiteImports;

/** Each role's start page after sign-in: what needs them now, one click from where the work is done. */
@PortalIntegrationTest
class WorkspaceIntegrationTests {

    private static final String MUNICIPALITY = "municipality@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    PilotRepository pilots;

    @Autowired
    PlanVersionRepository versions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerEditorLandsOnTheirPilotsWithWhatIsOverdueAndTheMessagesAboutTheirSites() {
        PortalClient editor = new PortalClient(port);
        String landing = editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD).location();
        String ownSite = editor.get(landing).document().selectFirst("section[aria-labelledby=own-sites-heading] li a").attr("href");
        String contact = "/match/contact/" + ownSite.replaceAll("\\D", "");
        PortalClient seeker = new PortalClient(port);
        seeker.submit(seeker.get(contact), "form[action='" + contact + "']",
                Map.of("name", "Workspace Seeker", "email", "seeker@example.org", "message", "We need a studio."));

        long pilot = pilots.findAll().stream().filter(p -> p.getTitle().equals("Creative Center Košice")).findFirst().orElseThrow().getId();
        String late = "Studio fair " + System.nanoTime();
        editor.submit(editor.get("/pilots/" + pilot + "/edit"), "form[action='/pilots/" + pilot + "/milestones']",
                Map.of("milestoneTitle", late, "dueOn", "2026-06-30", "weight", "5"));

        Document work = editor.get(landing).document();

        assertThat(landing).isEqualTo("/workspace");
        assertThat(work.select(".work-overdue a").eachText())
                .contains("Overdue since Jun 30, 2026: the milestone “" + late + "” of “Creative Center Košice”");
        assertThat(work.select(".work-overdue a").attr("href")).isEqualTo("/pilots/" + pilot + "/edit#milestones-heading");
        assertThat(work.select("section[aria-labelledby=pilots-heading] tbody tr").eachText())
                .singleElement().asString().matches("Creative Center Košice Running \\d+% done .+");
        assertThat(work.select("section[aria-labelledby=messages-heading] li").eachText())
                .anyMatch(line -> line.contains("Workspace Seeker about"));
        assertThat(work.text()).as("another organisation's pilot").doesNotContain("Hala Minda: exhibition");
    }

    @Test
    void aMunicipalityEditorIsLedToTheirDraftAndSeesTheirPlans() {
        long resita = versions.findAll().stream().filter(v -> v.getTitle().startsWith("Planul local de acțiune Reșița")).findFirst()
                .orElseThrow().getPlan().getId();
        PortalClient editor = new PortalClient(port);
        editor.signIn(MUNICIPALITY, PortalClient.DEMO_PASSWORD);

        Document work = editor.get("/workspace").document();

        assertThat(work.select("section[aria-labelledby=waiting-heading] a[href='/plans/" + resita + "/edit']").text())
                .startsWith("Continue draft version");
        assertThat(work.select("section[aria-labelledby=plans-heading] a").eachAttr("href")).contains("/plans/" + resita + "/edit");
        assertThat(work.select("section[aria-labelledby=pilots-heading] tbody tr").eachText())
                .singleElement().asString().startsWith("Hala Minda");
    }

    @Test
    void anAdministratorIsToldOfProposalsWaitingAndHasNoOrganisationLists() {
        PortalClient visitor = new PortalClient(port);
        visitor.submit(visitor.get("/sites/propose"), "form[action='/sites/propose']", Map.of("name", "Old cinema on the square",
                "kind", "COMMERCIAL_UNIT", "cityName", "Košice", "countryCode", "SK", "latitude", "48.7206", "longitude", "21.2578",
                "description", "Empty for years.", "contactEmail", "proposer@example.org"));
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);

        Document work = admin.get("/workspace?lang=en").document();

        assertThat(work.select("section[aria-labelledby=waiting-heading] a[href='/moderation']").text())
                .matches("\\d+ site proposals? waits? for moderation");
        assertThat(work.select("section[aria-labelledby=own-sites-heading]")).isEmpty();
    }

    @Test
    void anOrganisationWithManySitesSeesThemFiftyAtATimeEachOnce() throws InterruptedException {
        PortalClient editor = new PortalClient(port);
        // The municipality's organisation: other tests look for the partner's sites among its first 50; the names sort last.
        editor.signIn(MUNICIPALITY, PortalClient.DEMO_PASSWORD);
        String prefix = "PAGED" + System.nanoTime();
        String csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares\n" + IntStream.range(0, 60)
                .mapToObj(row -> prefix + "-" + row + ",Zz paged hall " + row + ",WGS84," + (21.25 + row * 1e-4) + ",48.72,1")
                .collect(Collectors.joining("\n"));
        SiteImports.confirm(editor, SiteImports.preview(editor, csv, "BROWNFIELD_CSV"));
        long owned = jdbc.sql("SELECT count(*) FROM site s JOIN account a ON a.partner_id = s.owner_partner_id WHERE a.email = ?")
                .param(MUNICIPALITY).query(Long.class).single();

        List<String> seen = new ArrayList<>();
        String page = "/workspace";
        for (int pages = 0; page != null && pages < 100; pages++) {
            Document work = editor.get(page).document();
            List<String> links = work.select("section[aria-labelledby=own-sites-heading] li a").eachAttr("href");
            assertThat(links).hasSizeLessThanOrEqualTo(SiteService.OWN_SITES_PAGE);
            seen.addAll(links);
            Element next = work.selectFirst("section[aria-labelledby=own-sites-heading] nav a[rel=next]");
            page = next == null ? null : next.attr("href").replaceFirst("#.*", "");
        }

        assertThat(seen).hasSize((int) owned).doesNotHaveDuplicates();
        assertThat(editor.get("/workspace?sitePage=none").status()).isEqualTo(400);
        assertThat(editor.get("/workspace?sitePage=-1").status()).isEqualTo(404);
        assertThat(editor.get("/workspace?sitePage=" + Integer.MAX_VALUE).status()).isEqualTo(404);
    }
}
