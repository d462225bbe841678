package eu.cinema.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long>, JpaSpecificationExecutor<PlanVersion> {

    @Override
    @EntityGraph(attributePaths = {"plan", "plan.ownerPartner", "plan.city", "plan.city.country"})
    List<PlanVersion> findAll(Specification<PlanVersion> filter, Sort sort);

    @EntityGraph(attributePaths = {"plan", "plan.ownerPartner", "plan.city", "plan.city.country", "actions"})
    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

    @EntityGraph(attributePaths = {"plan", "plan.ownerPartner", "plan.city", "plan.city.country"})
    List<PlanVersion> findByPublishedAtNotNullOrderByPublishedAtDesc(Limit limit);

    long countByState(PlanState state);

    /** Whether a version between two numbers (both left out) was ever published. */
    @Query("""
            select count(v) > 0 from PlanVersion v where v.plan.id = :planId and v.number > :after and v.number < :before
            and v.state in (eu.cinema.plan.PlanState.PUBLISHED, eu.cinema.plan.PlanState.SUPERSEDED)""")
    boolean existsPublicBetween(long planId, int after, int before);

    @Query("""
            select min(v.publishedAt) from PlanVersion v where v.publishedAt is not null and v.plan.id in
            (select p.plan.id from PlanVersion p where p.state = eu.cinema.plan.PlanState.PUBLISHED) group by v.plan.id""")
    List<Instant> firstPublicationOfPublishedPlans();
}
