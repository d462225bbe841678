package eu.cinema.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {
}
