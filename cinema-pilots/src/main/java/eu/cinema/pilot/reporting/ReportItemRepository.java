package eu.cinema.pilot.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportItemRepository extends JpaRepository<ReportItem, Long> {

    List<ReportItem> findByReportIdAndRoundOrderByPosition(long reportId, int round);
}
