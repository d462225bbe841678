package eu.cinema.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CityRepository extends JpaRepository<City, Long> {

    @EntityGraph(attributePaths = {"country", "region"})
    List<City> findAllByOrderByCountryCodeAscNameEnAsc();

    Optional<City> findFirstByNameEn(String nameEn);

    /**
     * The country's city called {@code name} in its own spelling or in English, ignoring case and diacritics
     * ("Kosice" and "KOŠICE" find Košice; "Resita" finds Reșița whether written with a comma or a cedilla).
     */
    @Query(value = """
            SELECT * FROM city WHERE country_code = :countryCode
              AND (lower(unaccent(name)) = lower(unaccent(:name)) OR lower(unaccent(name_en)) = lower(unaccent(:name)))
            ORDER BY id LIMIT 1""", nativeQuery = true)
    Optional<City> findInCountryByAnySpelling(String countryCode, String name);
}
