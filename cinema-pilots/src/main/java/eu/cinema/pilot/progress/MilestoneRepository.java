package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByPilotIdOrderByDueOnAscIdAsc(Long pilotId);

    /** Marks milestones reached without a version check, so that two updates reaching one both land. */
    @Modifying
    @Query("update Milestone m set m.doneOn = :on where m.id in :ids and m.doneOn is null")
    int markReached(Collection<Long> ids, LocalDate on);

    /** When the milestone was first reached by an update that stands (withdrawn ones are not found). */
    @Query("select min(u.happenedOn) from ProgressUpdate u join u.milestonesReached m where m.id = :id")
    Optional<LocalDate> firstReachedOn(Long id);
}
