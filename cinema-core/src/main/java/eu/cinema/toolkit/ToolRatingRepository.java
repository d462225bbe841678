package eu.cinema.toolkit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ToolRatingRepository extends JpaRepository<ToolRating, Long> {

    Optional<ToolRating> findByToolIdAndAccountId(long toolId, long accountId);

    List<ToolRating> findByToolIdOrderByUpdatedAtDesc(long toolId);

    @Query("select new eu.cinema.toolkit.ToolRatingRepository$ToolSummary(r.tool.id, avg(r.stars), count(r)) "
            + "from ToolRating r group by r.tool.id")
    List<ToolSummary> summaries();

    record ToolSummary(long toolId, double averageStars, long count) {
    }
}
