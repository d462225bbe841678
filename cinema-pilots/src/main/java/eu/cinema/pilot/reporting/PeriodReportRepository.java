package eu.cinema.pilot.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodReportRepository extends JpaRepository<PeriodReport, Long> {

    Optional<PeriodReport> findByPilotIdAndPeriodId(long pilotId, long periodId);

    List<PeriodReport> findByPilotIdIn(Collection<Long> pilotIds);

    List<PeriodReport> findByPeriodId(long periodId);
}
