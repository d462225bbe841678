package eu.cinema.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CityRepository extends JpaRepository<City, Long> {

    @EntityGraph(attributePaths = {"country", "region"})
    List<City> findAllByOrderByCountryCodeAscNameEnAsc();

    Optional<City> findFirstByNameEn(String nameEn);
}
