package eu.cinema.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.actor.CiDomain;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.site.SiteRepository;

/**
 * The demo profile's pilots: the project's real pilots as sample content, marked as demo data.
 * Five cross-sectoral collaborations and three CI support centres, as the project promised. The project ran from July
 * 2020 to December 2022, so its pilots are completed; Košice's centre kept running after it.
 */
@Component
@Profile("demo")
@Order(13)
class DemoPilots implements ApplicationRunner {

    private final PilotRepository pilots;
    private final PartnerRepository partners;
    private final CityRepository cities;
    private final SiteRepository sites;

    DemoPilots(PilotRepository pilots, PartnerRepository partners, CityRepository cities, SiteRepository sites) {
        this.pilots = pilots;
        this.partners = partners;
        this.cities = cities;
        this.sites = sites;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (pilots.existsByDemoTrue()) {
            return;
        }
        add("Hala Minda: exhibition and metal-working centre", PilotKind.CROSS_SECTORAL_COLLABORATION,
                "Municipality of Reșița", List.of("West Regional Development Agency"), "Resita", "RES-01",
                RoadmapTheme.EMPTY_FLOOR_SPACE, EnumSet.of(CiDomain.CRAFTS, CiDomain.DESIGN),
                EnumSet.of(UrbanSector.SMALL_BUSINESS, UrbanSector.TOURISM), "2021-03-01", "2022-12-31", PilotStatus.COMPLETED,
                "Convert the listed Hala Minda into an exhibition and metal-working centre where creative makers and the city's metal-working firms work together.",
                "185000");
        add("District 6 revitalisation", PilotKind.CROSS_SECTORAL_COLLABORATION, "Municipality of Gabrovo",
                List.of("Studio Komplekt"), "Gabrovo", "GAB-01", RoadmapTheme.EMPTY_FLOOR_SPACE,
                EnumSet.of(CiDomain.DESIGN, CiDomain.FASHION), EnumSet.of(UrbanSector.RETAIL, UrbanSector.SERVICES),
                "2021-04-01", "2022-11-30", PilotStatus.COMPLETED,
                "Bring creative businesses into the empty workshops of District 6 with temporary uses that become long leases.",
                "90000");
        add("Vacant-property database", PilotKind.CROSS_SECTORAL_COLLABORATION,
                "Regional Development Agency of the Ljubljana Urban Region", List.of("Municipality of Kamnik"), "Kamnik", null,
                RoadmapTheme.EMPTY_FLOOR_SPACE, EnumSet.of(CiDomain.CRAFTS, CiDomain.ARCHITECTURE),
                EnumSet.of(UrbanSector.RETAIL), "2021-02-01", "2022-06-30", PilotStatus.COMPLETED,
                "A database of vacant properties (description, purpose, photos, rent) that connects owners with people who need space.",
                "40000");
        add("Storytelling shop windows", PilotKind.CROSS_SECTORAL_COLLABORATION,
                "Stuttgart Region Economic Development Corporation", List.of("Stuttgart Media University"), "Herrenberg",
                "HER-01", RoadmapTheme.RETAIL_SMALL_BUSINESS, EnumSet.of(CiDomain.DESIGN, CiDomain.ADVERTISING),
                EnumSet.of(UrbanSector.RETAIL), "2021-09-01", "2022-04-30", PilotStatus.COMPLETED,
                "Creative teams design storytelling windows for empty shops in the old town, so that the street stays alive.",
                "35000");
        add("Centre for Innovation and Technology Transfer", PilotKind.CROSS_SECTORAL_COLLABORATION,
                "Municipality of Bălți", List.of("North Regional Development Agency"), "Balti", "BAL-01",
                RoadmapTheme.RETAIL_SMALL_BUSINESS, EnumSet.of(CiDomain.GAMES_AND_SOFTWARE, CiDomain.DESIGN),
                EnumSet.of(UrbanSector.SMALL_BUSINESS, UrbanSector.SERVICES), "2021-06-01", "2022-12-31", PilotStatus.COMPLETED,
                "Advice and prototyping for small businesses of northern Moldova together with young creative firms.",
                "60000");
        add("Creative Center Košice", PilotKind.CI_SUPPORT_CENTRE, "Creative Industry Košice",
                List.of("Agency for the Support of Regional Development Košice"), "Kosice", "KOS-01",
                RoadmapTheme.CREATIVE_INDUSTRIES, EnumSet.of(CiDomain.DESIGN, CiDomain.VISUAL_ARTS, CiDomain.FILM_AND_VIDEO),
                EnumSet.of(UrbanSector.SERVICES, UrbanSector.HOSPITALITY), "2021-04-01", "2027-12-31", PilotStatus.RUNNING,
                "Studios, incubation and a programme of events for creative start-ups, kept running after the project.",
                "150000");
        add("44er Haus creative centre", PilotKind.CI_SUPPORT_CENTRE, "Town of Leonding", List.of("Business Upper Austria - OÖ Wirtschaftsagentur GmbH"),
                "Leonding", "LEO-01", RoadmapTheme.CREATIVE_INDUSTRIES, EnumSet.of(CiDomain.GAMES_AND_SOFTWARE, CiDomain.MUSIC),
                EnumSet.of(UrbanSector.SERVICES), "2021-05-01", "2022-12-31", PilotStatus.COMPLETED,
                "A creative centre in a municipal house, home of the “Remix the City” hackathons.", "70000");
        add("Sombor creative-industry support centre", PilotKind.CI_SUPPORT_CENTRE, "City of Sombor",
                List.of("Regional Development Agency Bačka"), "Sombor", "SOM-01", RoadmapTheme.CREATIVE_INDUSTRIES,
                EnumSet.of(CiDomain.CRAFTS, CiDomain.CULTURAL_HERITAGE), EnumSet.of(UrbanSector.TOURISM),
                "2021-10-01", "2022-12-31", PilotStatus.COMPLETED,
                "A support centre for the creative businesses of Sombor and the region, opened in the town's old craft quarter.", "120000");
    }

    private void add(String title, PilotKind kind, String owner, List<String> participantNames, String cityName,
            String siteReference, RoadmapTheme theme, Set<CiDomain> domains, Set<UrbanSector> sectors, String from,
            String to, PilotStatus status, String summary, String budget) {
        Partner ownerPartner = partners.findByNameEn(owner).orElseThrow();
        Set<Partner> participants = new HashSet<>();
        participantNames.forEach(name -> participants.add(partners.findByNameEn(name).orElseThrow()));
        City city = cities.findFirstByNameEn(cityName).orElseThrow();
        var site = siteReference == null ? null : sites.findFirstByReferenceAndDemoTrue(siteReference).orElse(null);
        Pilot pilot = Pilot.ownedBy(ownerPartner);
        pilot.apply(new PilotDetails(title, kind, Set.of(), false, city.getId(), city.getLocation().getX(),
                city.getLocation().getY(), null, theme, domains, sectors, LocalDate.parse(from), LocalDate.parse(to), status,
                null, new BigDecimal(budget), summary, "en"), participants, city,
                site == null ? city.getLocation() : site.getLocation(), site);
        pilot.markDemo();
        pilots.save(pilot);
    }
}
