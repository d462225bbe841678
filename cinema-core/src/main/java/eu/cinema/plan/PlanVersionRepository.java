package eu.cinema.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long>, JpaSpecificationExecutor<PlanVersion> {

    @Override
    @EntityGraph(attributePaths = {"plan", "plan.ownerPartner", "plan.city", "plan.city.country"})
    List<PlanVersion> findAll(Specification<PlanVersion> filter, Sort sort);

    @EntityGraph(attributePaths = {"plan", "plan.ownerPartner", "plan.city", "plan.city.country", "actions"})
    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

    @EntityGraph(attributePaths = {"plan", "plan.ownerPartner", "plan.city", "plan.city.country"})
    List<PlanVersion> findByPublishedAtNotNullOrderByPublishedAtDesc(Limit limit);

    long countByState(PlanState state);
}
