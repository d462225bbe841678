package eu.cinema.plan;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentAnswerRepository extends JpaRepository<CommentAnswer, Long> {

    @EntityGraph(attributePaths = "planAction")
    List<CommentAnswer> findByConsultationIdOrderByIdAsc(long consultationId);
}
