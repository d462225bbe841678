package eu.cinema.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.cinema.testsupport.PostgisDataJpaTest;

@PostgisDataJpaTest
@Import(PartnerService.class)
class PartnerRepositoryTests {

    @Autowired
    PartnerService partnerService;

    @Autowired
    PartnerRepository partners;

    @Autowired
    EntityManager entityManager;

    @Test
    void theWholePartnershipOfTheSeedIsLoaded() {
        List<Partner> all = partners.findAllByOrderBySortOrderAsc();

        assertThat(all).hasSize(22);
        assertThat(all).filteredOn(p -> p.getRole() == PartnerRole.ASSOCIATED_STRATEGIC_PARTNER).hasSize(5);
        assertThat(all).filteredOn(p -> p.getRole() != PartnerRole.ASSOCIATED_STRATEGIC_PARTNER).hasSize(17);
        assertThat(all.get(0).getNameEn()).isEqualTo("Chamber of Commerce and Industry of Slovenia");
        assertThat(all.get(0).isLead()).isTrue();
        assertThat(all).filteredOn(Partner::isLead).hasSize(1);
        assertThat(partners.countPartnershipCountries()).isEqualTo(8);
    }

    @Test
    void eachPartnerKeepsItsSeedNameAndShowsItInRomanian() {
        Partner resita = partners.findByNameEn("Municipality of Reșița").orElseThrow();

        assertThat(resita.getNameOriginal()).isEqualTo("Municipiul Reşiţa");
        assertThat(resita.displayName(Locale.forLanguageTag("ro"))).isEqualTo("Municipiul Reşiţa");
        assertThat(resita.displayName(Locale.ENGLISH)).isEqualTo("Municipality of Reșița");
        assertThat(resita.getKind()).isEqualTo(PartnerKind.MUNICIPALITY);
        assertThat(resita.getSegment()).isEqualTo(HelixSegment.PUBLIC_AUTHORITY);
    }

    @Test
    void filtersByCountryAndRole() {
        assertThat(partnerService.find(new PartnerFilter("RO", null)))
                .extracting(Partner::getNameEn)
                .containsExactly("West Regional Development Agency", "Municipality of Reșița");
        assertThat(partnerService.find(new PartnerFilter("AT", PartnerRole.ASSOCIATED_STRATEGIC_PARTNER)))
                .extracting(Partner::getNameEn)
                .containsExactly("City of Linz");
        assertThat(partnerService.find(new PartnerFilter(null, null))).hasSize(22);
    }

    @Test
    void partnersSitAtTheirCitysCoordinatesInWgs84() {
        Number atTheirCity = (Number) entityManager.createNativeQuery("""
                select count(*) from partner p join city c on c.id = p.city_id
                where ST_Equals(p.location, c.location) and ST_SRID(p.location) = 4326""").getSingleResult();
        assertThat(atTheirCity.intValue()).isEqualTo(22);

        // Romania's bounding box: the municipality of Resita must fall inside, Kosice's partners outside.
        @SuppressWarnings("unchecked")
        List<String> inRomania = entityManager.createNativeQuery("""
                select name_en from partner
                where ST_Within(location, ST_MakeEnvelope(20.2, 43.6, 29.7, 48.3, 4326)) order by sort_order""")
                .getResultList();
        assertThat(inRomania).contains("Municipality of Reșița", "West Regional Development Agency")
                .doesNotContain("Creative Industry Košice");
    }

    @Test
    void theGeometryColumnsHaveSpatialIndexes() {
        @SuppressWarnings("unchecked")
        List<String> indexes = entityManager.createNativeQuery("""
                select indexname from pg_indexes where indexdef like '%USING gist%' order by indexname""")
                .getResultList();
        assertThat(indexes).contains("city_location_idx", "partner_location_idx");
    }
}
