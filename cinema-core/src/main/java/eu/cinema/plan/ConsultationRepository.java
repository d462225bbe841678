package eu.cinema.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /** The plan's consultations, newest version first. */
    @EntityGraph(attributePaths = "planVersion")
    @Query("select c from Consultation c where c.planVersion.plan.id = :planId order by c.planVersion.number desc")
    List<Consultation> findByPlan(long planId);

    /** The consultations of several plans, newest version of each plan first. */
    @EntityGraph(attributePaths = "planVersion")
    @Query("select c from Consultation c where c.planVersion.plan.id in :planIds order by c.planVersion.number desc")
    List<Consultation> findByPlanIn(java.util.Collection<Long> planIds);

    Optional<Consultation> findByPlanVersionId(long planVersionId);

    @Query("select count(c) > 0 from Consultation c where c.planVersion.plan.id = :planId and c.closesOn >= :today")
    boolean existsUnendedForPlan(long planId, LocalDate today);

    /** Consultations open today, for the list of plans, soonest to close first. */
    @EntityGraph(attributePaths = {"planVersion", "planVersion.plan", "planVersion.plan.city"})
    @Query("select c from Consultation c where c.opensOn <= :today and c.closesOn >= :today order by c.closesOn, c.id")
    List<Consultation> findOpen(LocalDate today);
}
