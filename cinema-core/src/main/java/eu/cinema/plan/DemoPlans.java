package eu.cinema.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Point;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.Geometries;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;

/**
 * The demo profile's local action plans: one for each of the eight pilot cities, marked as demo
 * data. Gabrovo's has a second version that superseded the first; Resita's is still a draft, owned
 * by the demo municipality editor's organisation; Kamnik's next version is under public consultation.
 */
@Component
@Profile("demo")
@Order(15)
class DemoPlans implements ApplicationRunner {

    private final ActionPlanRepository plans;
    private final PlanVersionRepository versions;
    private final PartnerRepository partners;
    private final CityRepository cities;
    private final SiteRepository sites;
    private final PilotRepository pilots;
    private final ConsultationRepository consultations;
    private final ConsultationCommentRepository comments;
    private final CommentAnswerRepository answers;

    DemoPlans(ActionPlanRepository plans, PlanVersionRepository versions, PartnerRepository partners, CityRepository cities, SiteRepository sites,
            PilotRepository pilots, ConsultationRepository consultations, ConsultationCommentRepository comments,
            CommentAnswerRepository answers) {
        this.plans = plans;
        this.versions = versions;
        this.partners = partners;
        this.cities = cities;
        this.sites = sites;
        this.pilots = pilots;
        this.consultations = consultations;
        this.comments = comments;
        this.answers = answers;
    }

    /** An action as the demo writes it: dates as text, budget in whole euros, a site by reference, a pilot by title. */
    private record DemoAction(String title, String responsible, String from, String to, long budget, FundingSource source,
            ActionStatus status, String siteReference, String pilotTitle, String indicator, String unit, int baseline,
            int target) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (plans.existsByDemoTrue()) {
            return;
        }
        String herrenberg = "Keep the old town's shops alive by giving empty ground floors to creative businesses and telling their stories in the windows.";
        add("Stuttgart Region Economic Development Corporation", "Herrenberg", "Herrenberg old town: shop windows and creative ground floors",
                RoadmapTheme.RETAIL_SMALL_BUSINESS, herrenberg, true,
                new DemoAction("Storytelling windows in empty shops", "City marketing office", "2022-03-01", "2023-12-31", 40000,
                        FundingSource.MUNICIPAL_BUDGET, ActionStatus.DONE, "HER-01", "Storytelling shop windows",
                        "Shop windows designed", "windows", 0, 12),
                new DemoAction("Pop-up leases for creative start-ups", "Economic development unit", "2023-01-01", "2025-12-31", 120000,
                        FundingSource.NATIONAL, ActionStatus.IN_PROGRESS, null, null, "Ground floors let", "units", 0, 8));
        ActionPlan gabrovo = add("Municipality of Gabrovo", "Gabrovo", "District 6: from empty workshops to a creative quarter",
                RoadmapTheme.EMPTY_FLOOR_SPACE,
                "Turn the empty workshops of District 6 into a creative quarter with temporary uses that become long leases.", true,
                new DemoAction("Temporary uses of municipal workshops", "Municipal property department", "2022-01-01", "2023-06-30",
                        60000, FundingSource.MUNICIPAL_BUDGET, ActionStatus.DONE, "GAB-01", "District 6 revitalisation",
                        "Workshops in use", "buildings", 0, 6),
                new DemoAction("Design festival in District 6", "Culture department", "2023-05-01", "2023-09-30", 25000,
                        FundingSource.EU_PROGRAMME, ActionStatus.DONE, null, null, "Visitors", "people", 0, 3000));
        newVersion(gabrovo, "Long leases for the tenants who stayed", "Municipal property department", "2024-01-01",
                "2026-12-31", 90000, FundingSource.PRIVATE);
        ActionPlan kamnik = add("Municipality of Kamnik", "Kamnik", "Kamnik vacant-property database and old-town revival", RoadmapTheme.EMPTY_FLOOR_SPACE,
                "Connect the owners of vacant properties with people who need space, through a public database and personal brokering.", true,
                new DemoAction("Vacant-property database", "Municipal development office", "2021-09-01", "2022-06-30", 15000,
                        FundingSource.EU_PROGRAMME, ActionStatus.DONE, null, "Vacant-property database", "Properties listed",
                        "properties", 0, 40),
                new DemoAction("Brokering desk for owners and tenants", "Municipal development office", "2022-07-01", "2025-12-31",
                        30000, FundingSource.MUNICIPAL_BUDGET, ActionStatus.IN_PROGRESS, null, null, "New leases", "leases", 0, 10));
        add("Municipality of Reșița", "Resita", "Planul local de acțiune Reșița: Hala Minda și centrul orașului",
                RoadmapTheme.EMPTY_FLOOR_SPACE,
                "Hala Minda devine un centru de expoziții și prelucrare a metalelor pentru industriile creative.", false,
                new DemoAction("Conversion of Hala Minda", "Municipality of Reșița, investment department", "2022-01-01", "2024-12-31",
                        185000, FundingSource.EU_PROGRAMME, ActionStatus.IN_PROGRESS, "RES-01",
                        "Hala Minda: exhibition and metal-working centre", "Makers using the hall", "people", 0, 50),
                new DemoAction("Creative uses for the former department store", "Local economic development office", "2024-01-01",
                        "2026-12-31", 70000, FundingSource.MUNICIPAL_BUDGET, ActionStatus.PLANNED, "RES-02", null,
                        "Floor area let", "m²", 0, 1200));
        add("Town of Leonding", "Leonding", "Leonding: a creative centre and a hackathon culture", RoadmapTheme.CREATIVE_INDUSTRIES,
                "Keep the 44er Haus running as a creative centre and hold a “Remix the City” hackathon every year.", true,
                new DemoAction("Run the 44er Haus creative centre", "Town of Leonding", "2022-01-01", "2026-12-31", 210000,
                        FundingSource.MUNICIPAL_BUDGET, ActionStatus.IN_PROGRESS, "LEO-01", "44er Haus creative centre",
                        "Tenants", "businesses", 0, 15),
                new DemoAction("Remix the City hackathon", "Town of Leonding with Business Upper Austria", "2022-05-01", "2026-10-31",
                        20000, FundingSource.PRIVATE, ActionStatus.IN_PROGRESS, null, null, "Ideas prototyped", "ideas", 0, 20));
        add("Košice Self-Governing Region", "Kosice", "Košice: creative centre and empty ground floors in the old town",
                RoadmapTheme.CREATIVE_INDUSTRIES,
                "Anchor creative start-ups in the old town around the Creative Center and bring empty ground floors back into use.", true,
                new DemoAction("Incubation at the Creative Center", "Creative Industry Košice", "2022-01-01", "2027-12-31", 150000,
                        FundingSource.EU_PROGRAMME, ActionStatus.IN_PROGRESS, "KOS-01", "Creative Center Košice",
                        "Start-ups incubated", "start-ups", 0, 30));
        add("City of Sombor", "Sombor", "Sombor: a support centre for creative businesses", RoadmapTheme.CREATIVE_INDUSTRIES,
                "Open a support centre for creative and heritage businesses and fill the empty buildings of the centre.", true,
                new DemoAction("Refurbish the building for the support centre", "City of Sombor", "2023-01-01", "2025-12-31",
                        120000, FundingSource.NATIONAL, ActionStatus.IN_PROGRESS, "SOM-01",
                        "Sombor creative-industry support centre", "Floor area ready", "m²", 0, 600),
                new DemoAction("Heritage crafts programme", "Regional Development Agency Bačka", "2024-03-01", "2026-12-31", 35000,
                        FundingSource.OTHER, ActionStatus.PLANNED, null, null, "Craftspeople trained", "people", 0, 40));
        add("Municipality of Bălți", "Balti", "Bălți: innovation and technology transfer for small businesses",
                RoadmapTheme.RETAIL_SMALL_BUSINESS,
                "Help the small businesses of northern Moldova innovate together with young creative firms.", true,
                new DemoAction("Centre for Innovation and Technology Transfer", "Municipality of Bălți", "2022-01-01", "2024-12-31",
                        60000, FundingSource.EU_PROGRAMME, ActionStatus.DONE, "BAL-01",
                        "Centre for Innovation and Technology Transfer", "Businesses advised", "businesses", 0, 45),
                new DemoAction("Vouchers for creative services", "North Regional Development Agency", "2024-01-01", "2025-12-31",
                        0, null, ActionStatus.DROPPED, null, null, "Vouchers used", "vouchers", 0, 30));
        // Last, so that every other demo record keeps the id the tests and the docs know it by.
        consultation(kamnik);
    }

    private ActionPlan add(String owner, String cityName, String title, RoadmapTheme theme, String summary, boolean publish,
            DemoAction... actions) {
        City city = cities.findFirstByNameEn(cityName).orElseThrow();
        boolean romanian = title.startsWith("Planul");
        ActionPlan plan = new ActionPlan(partners.findByNameEn(owner).orElseThrow(), city);
        plan.markDemo();
        PlanVersion version = PlanVersion.first(plan, new PlanDetails(title, theme, romanian ? "ro" : "en", summary,
                romanian ? "Hala Minda becomes an exhibition and metal-working centre for the creative industries." : null,
                "Vacant buildings, a retail decline in the centre and young people leaving for larger cities.",
                summary, "Bring empty buildings back into use; keep young creative people in the city; support local shops.",
                "Municipal departments, the regional development agency", "The local university and its students",
                "Residents' associations and cultural NGOs", "Shop owners, property owners and creative start-ups",
                "The municipality reviews the indicators every six months and publishes them with this plan."));
        for (DemoAction action : actions) {
            version.addAction(details(action), links(city, action));
        }
        if (publish) {
            version.publish(Instant.parse("2023-06-01T09:00:00Z"));
        }
        return plans.save(plan);
    }

    /** Gives the plan a second published version with one more action, so that the demo shows a superseded one. */
    private void newVersion(ActionPlan plan, String title, String responsible, String from, String to, long budget,
            FundingSource source) {
        PlanVersion first = plan.published().orElseThrow();
        PlanVersion second = first.nextDraft();
        second.addAction(details(new DemoAction(title, responsible, from, to, budget, source, ActionStatus.PLANNED, null, null,
                "Leases signed", "leases", 0, 6)), new ActionLinks(null, Set.of(), Set.of()));
        versions.saveAndFlush(second);
        Instant now = Instant.parse("2024-02-01T09:00:00Z");
        // One published version per plan is also a unique index: the first steps down before the second steps up.
        first.supersede(now);
        versions.saveAndFlush(first);
        second.publish(now);
        versions.save(second);
    }

    /**
     * Puts the plan's next version to the public for 30 days from the day the demo data is made: two published comments
     * (one answered), one waiting for the editors.
     */
    private void consultation(ActionPlan plan) {
        PlanVersion draft = plan.latest().nextDraft();
        draft.addAction(details(new DemoAction("Open studios weekend in empty shops", "Municipal development office", "2027-04-01",
                "2027-10-31", 8000, FundingSource.MUNICIPAL_BUDGET, ActionStatus.PLANNED, null, null, "Visitors", "people", 0, 1500)),
                new ActionLinks(null, Set.of(), Set.of()));
        draft.openForConsultation();
        versions.saveAndFlush(draft);
        LocalDate today = ConsultationService.today();
        Consultation consultation = consultations.save(new Consultation(draft, new ConsultationDetails(today, today.plusDays(29),
                "Which empty properties in the old town should open first, and what would you do in them?", false, false), today));
        Instant now = Instant.now();
        PlanAction studios = draft.getActions().get(draft.getActions().size() - 1);
        ConsultationComment onStudios = comment(consultation, new CommentTarget(null, studios),
                "Please include the two empty shops on Šutna; our ceramics group would run one of them.", "Maja", now);
        ConsultationComment onPlan = comment(consultation, new CommentTarget(null, null),
                "A map of the vacant properties on the municipality's website would help people find them.", null, now);
        comments.save(new ConsultationComment(consultation, new CommentTarget(PlanSection.CONTEXT, null),
                new CommentDraft(null, null, null, "The figures on vacancy are from 2021; are there newer ones?", "en"), now));
        CommentAnswer answer = answers.save(new CommentAnswer(consultation, studios, AnswerOutcome.ACCEPTED,
                "Both shops on Šutna are in the open studios weekend; their owners have agreed."));
        onStudios.answerWith(answer);
        comments.saveAll(List.of(onStudios, onPlan));
    }

    private ConsultationComment comment(Consultation consultation, CommentTarget target, String text, String name, Instant now) {
        ConsultationComment comment = new ConsultationComment(consultation, target, new CommentDraft(null, name, null, text, "en"), now);
        comment.publish(now);
        return comments.save(comment);
    }

    private static ActionDetails details(DemoAction action) {
        return new ActionDetails(action.title(), null, action.responsible(), null, LocalDate.parse(action.from()),
                LocalDate.parse(action.to()), BigDecimal.valueOf(action.budget()), action.source(), action.status(), null, null,
                null, null, Set.of(), Set.of(), List.of(new ActionIndicator(action.indicator(), action.unit(),
                        BigDecimal.valueOf(action.baseline()), BigDecimal.valueOf(action.target()))));
    }

    /** An action at a site sits at the site; a pilot's action at the pilot. */
    private ActionLinks links(City city, DemoAction action) {
        Site site = action.siteReference() == null ? null : sites.findFirstByReferenceAndDemoTrue(action.siteReference()).orElse(null);
        Pilot pilot = action.pilotTitle() == null ? null : pilots.findAll().stream()
                .filter(p -> action.pilotTitle().equals(p.getTitle())).findFirst().orElse(null);
        Set<Site> linkedSites = new HashSet<>();
        Set<Pilot> linkedPilots = new HashSet<>();
        if (site != null) {
            linkedSites.add(site);
        }
        if (pilot != null) {
            linkedPilots.add(pilot);
        }
        Point location = site != null ? site.getLocation() : pilot != null ? pilot.getLocation()
                : Geometries.point(city.getLocation().getX(), city.getLocation().getY());
        return new ActionLinks(location, linkedSites, linkedPilots);
    }
}
