package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    @EntityGraph(attributePaths = {"milestonesReached", "evidenceIds"})
    List<ProgressUpdate> findByPilotIdOrderByHappenedOnDescIdDesc(Long pilotId);

    long countByPilotId(Long pilotId);

    Optional<ProgressUpdate> findBySubmission(UUID submission);

    @EntityGraph(attributePaths = {"pilot", "pilot.city", "milestonesReached"})
    @Query("""
            select u from ProgressUpdate u where u.published = true and u.happenedOn between :from and :to
            and (:pilotId is null or u.pilot.id = :pilotId) order by u.pilot.id, u.happenedOn, u.id""")
    List<ProgressUpdate> findPublishedBetween(LocalDate from, LocalDate to, Long pilotId);

    @EntityGraph(attributePaths = {"pilot"})
    List<ProgressUpdate> findTop50ByPublishedTrueOrderByCreatedAtDescIdDesc();
}
