package eu.cinema.pilot.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findAllByOrderByStartsOnAsc();

    /** Periods that share a day with the given one, other than {@code exceptId}. */
    @Query("select p from ReportingPeriod p where p.startsOn <= :endsOn and p.endsOn >= :startsOn and p.id <> :exceptId")
    List<ReportingPeriod> findOverlapping(LocalDate startsOn, LocalDate endsOn, long exceptId);

    List<ReportingPeriod> findByDueOn(LocalDate dueOn);
}
