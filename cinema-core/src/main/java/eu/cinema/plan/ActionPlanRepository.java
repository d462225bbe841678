package eu.cinema.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    @EntityGraph(attributePaths = {"ownerPartner", "city", "city.country", "versions"})
    Optional<ActionPlan> findDetailedById(Long id);

    boolean existsByDemoTrue();
}
