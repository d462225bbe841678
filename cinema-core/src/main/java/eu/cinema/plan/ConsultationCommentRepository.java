package eu.cinema.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationCommentRepository extends JpaRepository<ConsultationComment, Long> {

    @EntityGraph(attributePaths = {"planAction", "answer"})
    List<ConsultationComment> findByConsultationIdAndStateOrderByCreatedAtAscIdAsc(long consultationId, CommentState state);

    /** What waits for the editors: new comments, and published ones someone reported. */
    @EntityGraph(attributePaths = "planAction")
    @Query("""
            select c from ConsultationComment c where c.consultation.id = :consultationId
            and (c.state = eu.cinema.plan.CommentState.PENDING or (c.state = eu.cinema.plan.CommentState.PUBLISHED and c.reports > 0))
            order by c.createdAt, c.id""")
    List<ConsultationComment> findWaiting(long consultationId);

    @EntityGraph(attributePaths = "planAction")
    List<ConsultationComment> findByConsultationIdAndStateOrderByCreatedAtDescIdDesc(long consultationId, CommentState state);

    List<ConsultationComment> findByConsultationIdAndIdIn(long consultationId, Collection<Long> ids);

    /**
     * Comments waiting for the editors of one organisation's plans, or of every plan ({@code partnerId} null), per plan: in
     * each plan's newest consultation, the one its moderation page shows.
     */
    @Query("""
            select new eu.cinema.plan.WaitingComments(v.plan.id, v.title, count(c)) from ConsultationComment c
            join c.consultation k join k.planVersion v where (c.state = eu.cinema.plan.CommentState.PENDING
            or (c.state = eu.cinema.plan.CommentState.PUBLISHED and c.reports > 0))
            and (:partnerId is null or v.plan.ownerPartner.id = :partnerId)
            and k.id = (select max(newest.id) from Consultation newest where newest.planVersion.plan.id = v.plan.id)
            group by v.plan.id, v.title order by v.title""")
    List<WaitingComments> countWaiting(Long partnerId);
}
