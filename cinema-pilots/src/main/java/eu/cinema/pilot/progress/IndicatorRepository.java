package eu.cinema.pilot.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByPilotIdOrderByNameAsc(Long pilotId);

    boolean existsByPilotIdAndNameIgnoreCase(Long pilotId, String name);
}
