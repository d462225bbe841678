package eu.cinema.actor;

import java.util.EnumSet;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.Geometries;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.CountryRepository;

/** The demo profile's creative actors in the pilot cities, marked as demo data. */
@Component
@Profile("demo")
@Order(11)
class DemoActors implements ApplicationRunner {

    private final CreativeActorRepository actors;
    private final PartnerRepository partners;
    private final CountryRepository countries;

    DemoActors(CreativeActorRepository actors, PartnerRepository partners, CountryRepository countries) {
        this.actors = actors;
        this.partners = partners;
        this.countries = countries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (actors.existsByDemoTrue()) {
            return;
        }
        add("Creative Industry Košice", "Creative Industry Košice", ActorKind.HUB_OR_COWORKING, "Košice", "SK", 21.2505, 48.7124,
                EnumSet.of(CiDomain.DESIGN, CiDomain.ARCHITECTURE, CiDomain.GAMES_AND_SOFTWARE), "Creative Industry Košice",
                "The NGO that runs the Creative Center in Košice and connects the city's creative scene.");
        add("Creative Industry Košice", "Creative Center Košice", ActorKind.CI_SUPPORT_CENTRE, "Košice", "SK", 21.2492, 48.7113,
                EnumSet.of(CiDomain.DESIGN, CiDomain.VISUAL_ARTS, CiDomain.FILM_AND_VIDEO), null,
                "Studios, advice and events for creative start-ups in the former barracks.");
        add("Town of Leonding", "44er Haus creative centre", ActorKind.HUB_OR_COWORKING, "Leonding", "AT", 14.2540, 48.2789,
                EnumSet.of(CiDomain.GAMES_AND_SOFTWARE, CiDomain.DESIGN, CiDomain.MUSIC), null,
                "Creative centre and venue of the “Remix the City” hackathons.");
        add("City of Sombor", "Sombor creative-industry support centre", ActorKind.CI_SUPPORT_CENTRE, "Sombor", "RS", 19.1139,
                45.7738, EnumSet.of(CiDomain.CRAFTS, CiDomain.CULTURAL_HERITAGE, CiDomain.DESIGN), null,
                "Planned support centre for creative businesses of the city and the region.");
        add("Municipality of Bălți", "Centre for Innovation and Technology Transfer", ActorKind.CI_SUPPORT_CENTRE, "Bălți", "MD",
                27.9295, 47.7605, EnumSet.of(CiDomain.GAMES_AND_SOFTWARE, CiDomain.DESIGN), null,
                "Innovation and technology transfer for young businesses in northern Moldova.");
        add("Stuttgart Media University", "Stuttgart Media University", ActorKind.EDUCATION_OR_RESEARCH, "Stuttgart", "DE",
                9.1006, 48.7420, EnumSet.of(CiDomain.PUBLISHING, CiDomain.FILM_AND_VIDEO, CiDomain.ADVERTISING),
                "Stuttgart Media University", "Media education and research; the partner that studies creative-industry models.");
        add("Municipality of Reșița", "Reșița metal-working makers", ActorKind.CI_BUSINESS, "Reșița", "RO", 21.8931, 45.2968,
                EnumSet.of(CiDomain.CRAFTS, CiDomain.DESIGN), null, "Metal-working and design studio around Hala Minda.");
        add("Municipality of Gabrovo", "District 6 design studio", ActorKind.CI_BUSINESS, "Gabrovo", "BG", 25.3199, 42.8701,
                EnumSet.of(CiDomain.DESIGN, CiDomain.FASHION), null, "Textile and product design in District 6.");
        add("Municipality of Kamnik", "Kamnik craft collective", ActorKind.CI_BUSINESS, "Kamnik", "SI", 14.6110, 46.2256,
                EnumSet.of(CiDomain.CRAFTS, CiDomain.VISUAL_ARTS), null, "Makers who moved into Kamnik's empty shops.");
    }

    private void add(String ownerName, String name, ActorKind kind, String city, String country, double longitude,
            double latitude, EnumSet<CiDomain> domains, String partnerName, String description) {
        Partner owner = partners.findByNameEn(ownerName).orElseThrow();
        Long partnerId = partnerName == null ? null : partners.findByNameEn(partnerName).orElseThrow().getId();
        // Support centres here are run by NGOs and research by universities; the rest are businesses.
        HelixSegment segment = switch (kind) {
            case CI_SUPPORT_CENTRE -> HelixSegment.CIVIL_SOCIETY;
            case EDUCATION_OR_RESEARCH -> HelixSegment.ACADEMIA;
            case CI_BUSINESS, HUB_OR_COWORKING -> HelixSegment.BUSINESS;
        };
        boolean centre = kind == ActorKind.CI_SUPPORT_CENTRE;
        ActorDetails details = new ActorDetails(name, kind, domains, city, country, longitude, latitude, null, description,
                "en", partnerId, segment, centre ? "hello@" + country.toLowerCase(Locale.ROOT) + ".centre.example" : "owner@example.org",
                null, centre);
        CreativeActor actor = CreativeActor.ownedBy(owner, details, countries.getReferenceById(country),
                Geometries.point(longitude, latitude), partnerId == null ? null : partners.getReferenceById(partnerId));
        actor.markDemo();
        actors.save(actor);
    }
}
