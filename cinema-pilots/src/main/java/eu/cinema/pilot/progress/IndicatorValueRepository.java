package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByIndicatorPilotIdOrderByMeasuredOnAscIdAsc(Long pilotId);

    @EntityGraph(attributePaths = "indicator")
    List<IndicatorValue> findByUpdateIdOrderById(Long updateId);

    @EntityGraph(attributePaths = {"indicator", "update"})
    List<IndicatorValue> findByUpdateIdInOrderById(Collection<Long> updateIds);

    List<IndicatorValue> findByIndicatorId(Long indicatorId);

    @EntityGraph(attributePaths = {"indicator", "indicator.pilot", "indicator.pilot.city"})
    @Query("""
            select v from IndicatorValue v where v.measuredOn between :from and :to
            and (:pilotId is null or v.indicator.pilot.id = :pilotId)
            order by v.indicator.pilot.id, v.measuredOn, v.id""")
    List<IndicatorValue> findBetween(LocalDate from, LocalDate to, Long pilotId);

    /** Each indicator's latest value, for the dashboard's totals. */
    @Query("""
            select v from IndicatorValue v join fetch v.indicator i where v.id in (
              select max(w.id) from IndicatorValue w where w.measuredOn = (
                select max(x.measuredOn) from IndicatorValue x where x.indicator = w.indicator)
              group by w.indicator)""")
    List<IndicatorValue> findLatestOfEachIndicator();
}
