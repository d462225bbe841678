package eu.cinema.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    @EntityGraph(attributePaths = {"ownerPartner", "city", "city.country", "versions"})
    Optional<ActionPlan> findDetailedById(Long id);

    boolean existsByDemoTrue();

    @EntityGraph(attributePaths = {"city", "versions"})
    List<ActionPlan> findByOwnerPartnerIdOrderByIdAsc(Long partnerId);

    /** Locks the plan's row until the transaction ends: a second transaction asking for it waits. */
    @Query(value = "SELECT id FROM action_plan WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Long> lockById(Long id);
}
