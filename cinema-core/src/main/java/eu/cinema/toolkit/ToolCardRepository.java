package eu.cinema.toolkit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolCardRepository extends JpaRepository<ToolCard, Long> {

    @EntityGraph(attributePaths = {"developerPartner", "developerPartner.city", "developedIn", "targetGroups"})
    List<ToolCard> findAllByOrderByTitleAsc();

    @EntityGraph(attributePaths = {"developerPartner", "developedIn", "developedIn.country", "pilots", "pilots.ownerPartner"})
    Optional<ToolCard> findDetailedById(Long id);

    boolean existsByDemoTrue();

    long countByPublishedTrue();
}
