package eu.cinema.roadmap;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoadmapRepository extends JpaRepository<Roadmap, RoadmapTheme> {

    @EntityGraph(attributePaths = {"measures", "measures.city"})
    Optional<Roadmap> findWithMeasuresByTheme(RoadmapTheme theme);
}
