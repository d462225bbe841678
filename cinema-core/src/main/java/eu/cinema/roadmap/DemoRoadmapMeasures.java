package eu.cinema.roadmap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.region.City;
import eu.cinema.region.CityRepository;

/** The demo profile's measures per pilot location for each roadmap. */
@Component
@Profile("demo")
@Order(12)
class DemoRoadmapMeasures implements ApplicationRunner {

    private final RoadmapRepository roadmaps;
    private final CityRepository cities;

    DemoRoadmapMeasures(RoadmapRepository roadmaps, CityRepository cities) {
        this.roadmaps = roadmaps;
        this.cities = cities;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Roadmap floorSpace = roadmaps.findWithMeasuresByTheme(RoadmapTheme.EMPTY_FLOOR_SPACE).orElseThrow();
        if (!floorSpace.getMeasures().isEmpty()) {
            return;
        }
        floorSpace.addMeasure(city("Kamnik"), "A public database of vacant properties with description, purpose, photos and rent, connecting owners with people who need space.");
        floorSpace.addMeasure(city("Resita"), "Conversion of Hala Minda into an exhibition and metal-working centre for creative industries.");
        floorSpace.addMeasure(city("Gabrovo"), "District 6: temporary uses of former workshops, then long-term leases for creative businesses.");
        Roadmap retail = roadmaps.findWithMeasuresByTheme(RoadmapTheme.RETAIL_SMALL_BUSINESS).orElseThrow();
        retail.addMeasure(city("Herrenberg"), "Storytelling shop-window designs in empty shops of the old town, created with local creatives.");
        retail.addMeasure(city("Leonding"), "“Remix the City” hackathons in which creatives and traders design services for the centre.");
        retail.addMeasure(city("Balti"), "Advice and prototyping for small businesses at the Centre for Innovation and Technology Transfer.");
        Roadmap creative = roadmaps.findWithMeasuresByTheme(RoadmapTheme.CREATIVE_INDUSTRIES).orElseThrow();
        creative.addMeasure(city("Kosice"), "The Creative Center: studios, incubation and a programme of events for creative start-ups.");
        creative.addMeasure(city("Sombor"), "Planning and opening a creative-industry support centre with the regional development agency.");
        creative.addMeasure(city("Leonding"), "The 44er Haus as a creative centre open to the town's young businesses.");
    }

    private City city(String nameEn) {
        return cities.findFirstByNameEn(nameEn).orElseThrow();
    }
}
