package eu.cinema.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRepository extends JpaRepository<PolicyRecommendation, Long> {

    @Query("select distinct r from PolicyRecommendation r left join fetch r.countryCodes order by r.title, r.id")
    List<PolicyRecommendation> findAllWithCountries();

    boolean existsByDemoTrue();
}
