package eu.cinema.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    /** Located actions of the versions the public reads now. */
    @Query("select a from PlanAction a join fetch a.planVersion v join fetch v.plan p join fetch p.city c join fetch c.country "
            + "where v.state = eu.cinema.plan.PlanState.PUBLISHED and a.location is not null")
    List<PlanAction> findLocatedInPublishedVersions();

    @Query("select count(a) > 0 from PlanAction a where a.planVersion.state = eu.cinema.plan.PlanState.PUBLISHED "
            + "and a.location is not null")
    boolean existsLocatedInPublishedVersions();
}
