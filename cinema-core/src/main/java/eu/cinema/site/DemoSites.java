package eu.cinema.site;

import java.math.BigDecimal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.Geometries;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.CountryRepository;

/**
 * The demo profile's sites in the eight pilot cities, modelled on the project's pilots and marked
 * as demo data. Loaded once: a database that has demo sites already is left alone.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSites implements ApplicationRunner {

    private static final String SOURCE = "CINEMA demo data";

    private final SiteRepository sites;
    private final PartnerRepository partners;
    private final CountryRepository countries;

    DemoSites(SiteRepository sites, PartnerRepository partners, CountryRepository countries) {
        this.sites = sites;
        this.partners = partners;
        this.countries = countries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (sites.existsByDemoTrue()) {
            return;
        }
        String resita = "Municipality of Reșița";
        add(resita, "RES-01", "Hala Minda", "Strada Hala Minda", "Reșița", "RO", 21.8927, 45.2963, SiteKind.INDUSTRIAL_BUILDING,
                "Industrial hall of the former steel works", 1999, Ownership.PUBLIC, SiteStatus.IN_REVITALISATION, 2400, true,
                "Exhibition space and metal-working centre for creative industries",
                "A listed hall of Reșița's steel-making past, converted within CINEMA into an exhibition and metal-working centre for the creative industries.");
        add(resita, "RES-02", "Former department store on Bulevardul Republicii", "Bulevardul Republicii", "Reșița", "RO",
                21.8878, 45.3017, SiteKind.COMMERCIAL_UNIT, "Department store", 2011, Ownership.PRIVATE, SiteStatus.VACANT, 1800,
                false, "Pop-up shops, design studios, co-working", "Three empty floors on the main boulevard.");
        String leonding = "Town of Leonding";
        add(leonding, "LEO-01", "44er Haus", "Stadtplatz", "Leonding", "AT", 14.2537, 48.2786, SiteKind.PUBLIC_BUILDING,
                "Municipal building", 2017, Ownership.PUBLIC, SiteStatus.REVITALISED, 650, false,
                "Creative centre, hackathons, events",
                "A municipal house turned into a creative centre; home of the “Remix the City” hackathons.");
        String gabrovo = "Municipality of Gabrovo";
        add(gabrovo, "GAB-01", "District 6 workshops", "Quarter 6, Yantra riverside", "Gabrovo", "BG", 25.3203, 42.8697,
                SiteKind.INDUSTRIAL_BUILDING, "Textile workshops", 2004, Ownership.MIXED, SiteStatus.IN_REVITALISATION, 3200,
                false, "Studios, crafts, small production", "Former textile workshops at the heart of the District 6 revitalisation.");
        add(gabrovo, "GAB-02", "Empty ground floor on Radetska street", "ul. Radetska", "Gabrovo", "BG", 25.3177, 42.8752,
                SiteKind.CENTRE_GROUND_FLOOR, "Shop", 2019, Ownership.PRIVATE, SiteStatus.VACANT, 120, false,
                "Design shop, gallery", null);
        String kamnik = "Municipality of Kamnik";
        add(kamnik, "KAM-01", "Shop unit on Šutna", "Šutna", "Kamnik", "SI", 14.6107, 46.2252, SiteKind.CENTRE_GROUND_FLOOR,
                "Grocery", 2016, Ownership.PRIVATE, SiteStatus.VACANT, 85, true, "Craft shop, showroom",
                "Listed in Kamnik's vacant-property database: description, purpose, photos and rent, connecting owners with people who need space.");
        add(kamnik, "KAM-02", "Former post office", "Glavni trg", "Kamnik", "SI", 14.6095, 46.2240, SiteKind.PUBLIC_BUILDING,
                "Post office", 2018, Ownership.PUBLIC, SiteStatus.PARTLY_USED, 410, true, "Co-working, exhibitions", null);
        String wrs = "Stuttgart Region Economic Development Corporation";
        add(wrs, "HER-01", "Empty shop on Tübinger Straße", "Tübinger Straße", "Herrenberg", "DE", 8.8689, 48.5950,
                SiteKind.CENTRE_GROUND_FLOOR, "Fashion shop", 2020, Ownership.PRIVATE, SiteStatus.PARTLY_USED, 140, false,
                "Storytelling shop-window design, pop-up store",
                "One of the empty shops in Herrenberg's old town whose windows tell stories during the CINEMA pilot.");
        String kosice = "Creative Industry Košice";
        add(kosice, "KOS-01", "Former barracks hall", "Kukučínova", "Košice", "SK", 21.2497, 48.7118, SiteKind.INDUSTRIAL_BUILDING,
                "Military barracks", 2008, Ownership.PUBLIC, SiteStatus.REVITALISED, 5200, true, "Creative center, studios",
                "Part of the complex that hosts the Creative Center in Košice.");
        add(kosice, "KOS-02", "Courtyard workshops on Hlavná", "Hlavná", "Košice", "SK", 21.2585, 48.7203, SiteKind.CENTRE_GROUND_FLOOR,
                "Workshops", 2015, Ownership.PRIVATE, SiteStatus.VACANT, 260, true, "Design studios, crafts", null);
        String sombor = "City of Sombor";
        add(sombor, "SOM-01", "Building for the CI support centre", "Kralja Petra I", "Sombor", "RS", 19.1136, 45.7735,
                SiteKind.PUBLIC_BUILDING, "Administrative building", 2012, Ownership.PUBLIC, SiteStatus.IN_REVITALISATION, 900,
                true, "Creative-industry support centre", "The building planned for Sombor's creative-industry support centre.");
        String balti = "Municipality of Bălți";
        add(balti, "BAL-01", "Centre for Innovation and Technology Transfer", "Strada Independenței", "Bălți", "MD", 27.9291,
                47.7601, SiteKind.PUBLIC_BUILDING, "Technical school workshops", 2010, Ownership.PUBLIC,
                SiteStatus.IN_REVITALISATION, 1500, false, "Innovation and technology transfer, maker space", null);
    }

    private void add(String ownerName, String reference, String name, String address, String city, String country,
            double longitude, double latitude, SiteKind kind, String formerUse, int vacantSince, Ownership ownership,
            SiteStatus status, int floorArea, boolean heritage, String uses, String description) {
        Partner owner = partners.findByNameEn(ownerName).orElseThrow();
        SiteDetails details = new SiteDetails(reference, name, address, city, country, longitude, latitude, null,
                BigDecimal.valueOf(floorArea), null, kind, formerUse, (short) vacantSince, ownership, SiteCondition.FAIR,
                status == SiteStatus.VACANT ? Vacancy.FULLY : Vacancy.PARTLY, status, heritage, uses, null,
                // Demo rents between 2 and 7 EUR per m² and month, stable per site.
                BigDecimal.valueOf(2 + Math.floorMod(reference.hashCode(), 6)), description,
                description == null ? null : "en", SOURCE, owner.getNameEn(), null);
        Site site = Site.ownedBy(owner, details, countries.getReferenceById(country),
                Geometries.point(longitude, latitude), null);
        site.markDemo();
        sites.save(site);
    }
}
