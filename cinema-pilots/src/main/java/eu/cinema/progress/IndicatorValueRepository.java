package eu.cinema.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByIndicatorPilotIdOrderByMeasuredOnAscIdAsc(Long pilotId);
}
