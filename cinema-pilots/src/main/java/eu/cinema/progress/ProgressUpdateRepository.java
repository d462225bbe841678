package eu.cinema.progress;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    @EntityGraph(attributePaths = {"milestonesReached", "evidenceIds"})
    List<ProgressUpdate> findByPilotIdOrderByHappenedOnDescIdDesc(Long pilotId);

    long countByPilotId(Long pilotId);
}
