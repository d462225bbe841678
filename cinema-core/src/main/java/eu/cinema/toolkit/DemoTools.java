package eu.cinema.toolkit;

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

import eu.cinema.partner.PartnerRepository;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.region.CityRepository;

/** Tool cards modelled on the project's "Creative Urban Revitalisation" toolkit, marked as demo data. */
@Component
@Profile("demo")
@Order(17)
class DemoTools implements ApplicationRunner {

    private final ToolCardRepository tools;
    private final PartnerRepository partners;
    private final CityRepository cities;
    private final PilotRepository pilots;

    DemoTools(ToolCardRepository tools, PartnerRepository partners, CityRepository cities, PilotRepository pilots) {
        this.tools = tools;
        this.partners = partners;
        this.cities = cities;
        this.pilots = pilots;
    }

    /** A card as the demo writes it; the pilots that used it by title. */
    private record DemoTool(String title, String developer, String city, String duration, String costs, String summary,
            String aim, List<String> steps, Set<TargetGroup> groups, boolean startupFocus, List<String> pilotTitles) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (tools.existsByDemoTrue()) {
            return;
        }
        List.of(
                new DemoTool("Empty floor spaces for creative businesses", "Municipality of Kamnik", "Kamnik", "5 months",
                        "Staff time; about 2,000 EUR for the database",
                        "A public database of vacant properties that connects owners with creative businesses looking for space.",
                        "Bring empty floor space in the old town back into use by making it visible and brokering contacts.",
                        List.of("Map the vacant properties with the owners' consent", "Describe each: purpose, size, photos, rent",
                                "Publish the database and promote it to creative businesses", "Broker meetings between owners and tenants"),
                        EnumSet.of(TargetGroup.MUNICIPALITY, TargetGroup.PROPERTY_OWNER, TargetGroup.START_UP), true,
                        List.of("Vacant-property database")),
                new DemoTool("Shop window designs", "Stuttgart Region Economic Development Corporation", "Herrenberg", "4 months",
                        "About 1,500 EUR per window, materials included",
                        "Creative teams design storytelling windows for empty shops, so that the street stays alive while a tenant is found.",
                        "Keep shopping streets attractive and show empty shops to potential tenants.",
                        List.of("Agree with the owners of empty shops", "Call creative teams to propose stories",
                                "Install the windows with the teams", "Invite potential tenants to see the shops"),
                        EnumSet.of(TargetGroup.MUNICIPALITY, TargetGroup.CI_BUSINESS, TargetGroup.PROPERTY_OWNER), false,
                        List.of("Storytelling shop windows")),
                new DemoTool("Remix the City hackathon", "Business Upper Austria - OÖ Wirtschaftsagentur GmbH", "Leonding", "3 months",
                        "About 8,000 EUR for venue, catering and prizes",
                        "A weekend hackathon where young creative people remix empty places of the town into business ideas.",
                        "Find new uses for empty places and new founders for the town.",
                        List.of("Choose three empty places with the town", "Recruit teams from schools and creative firms",
                                "Run the weekend with mentors from business support organisations", "Coach the best ideas for six months"),
                        EnumSet.of(TargetGroup.BSO, TargetGroup.START_UP, TargetGroup.MUNICIPALITY), true,
                        List.of("44er Haus creative centre", "Creative Center Košice")),
                new DemoTool("Business model canvas for creative centres", "Creative Industry Košice", "Kosice", "2 months",
                        "Staff time only",
                        "A canvas that helps a city and its partners plan a creative-industry support centre that lasts.",
                        "Plan the services, the income and the partners of a CI support centre before it opens.",
                        List.of("Gather the future partners of the centre", "Fill in the canvas together",
                                "Test the services with ten creative start-ups", "Decide the first year's programme and budget"),
                        EnumSet.of(TargetGroup.BSO, TargetGroup.START_UP, TargetGroup.CI_BUSINESS), true,
                        List.of("Creative Center Košice", "Sombor creative-industry support centre")),
                new DemoTool("Temporary use agreements", "Municipality of Gabrovo", "Gabrovo", "6 months", "Legal advice, about 3,000 EUR",
                        "A model agreement for temporary creative uses of municipal buildings that can grow into long leases.",
                        "Let creative businesses move in quickly without locking the municipality in.",
                        List.of("Inventory the municipal buildings fit for temporary use", "Adapt the model agreement with a lawyer",
                                "Open a call for temporary users", "Review each use after a year and offer long leases"),
                        EnumSet.of(TargetGroup.MUNICIPALITY, TargetGroup.CI_BUSINESS), false, List.of("District 6 revitalisation")))
                .forEach(this::add);
    }

    private void add(DemoTool demo) {
        ToolCard tool = ToolCard.developedBy(partners.findByNameEn(demo.developer()).orElseThrow());
        Set<Pilot> usedBy = new HashSet<>();
        pilots.findAll().stream().filter(p -> demo.pilotTitles().contains(p.getTitle())).forEach(usedBy::add);
        tool.apply(new ToolDetails(demo.title(), demo.summary(), demo.aim(), demo.steps(), null, null, demo.duration(),
                demo.costs(), "A project manager of the developer, the partners of the pilot", "Quick results that people see in the street",
                "Owners' trust takes time; keep promises small and keep them", demo.groups(), demo.startupFocus(), Set.of(), "en", true),
                cities.findFirstByNameEn(demo.city()).orElseThrow(), usedBy);
        tool.markDemo();
        tools.save(tool);
    }
}
