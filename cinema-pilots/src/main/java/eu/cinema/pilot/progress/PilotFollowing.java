package eu.cinema.pilot.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.follow.FollowTarget;
import eu.cinema.follow.FollowTarget.Kind;
import eu.cinema.follow.Followable;
import eu.cinema.follow.FollowedChange;
import eu.cinema.follow.FollowedContent;

/**
 * Pilots for their followers: every pilot is public; its followers, its city's and the retail layer's hear of each
 * published progress update and each milestone reached (a withdrawn update or milestone is not news).
 */
@Component
class PilotFollowing implements FollowedContent {

    private final JdbcClient jdbc;

    PilotFollowing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.PILOT;
    }

    @Override
    public Optional<Followable> find(FollowTarget target) {
        return jdbc.sql("SELECT title FROM pilot WHERE id = :id").param("id", Long.parseLong(target.key())).query(String.class).optional()
                .map(title -> new Followable(target, title, null, "/pilots/" + target.key()));
    }

    @Override
    public List<FollowedChange> changes(Instant after, Instant until) {
        List<FollowedChange> updates = jdbc.sql("""
                SELECT p.id, p.city_id, p.title, u.created_at AS at, u.happened_on FROM progress_update u JOIN pilot p ON p.id = u.pilot_id
                WHERE u.published AND u.withdrawn_at IS NULL AND u.created_at > :after AND u.created_at <= :until""")
                .param("after", Timestamp.from(after)).param("until", Timestamp.from(until))
                .query((row, n) -> change(row, "follow.change.pilotUpdate", "#timeline-heading", row.getDate("happened_on").toLocalDate()))
                .list();
        // Updates reach milestones (ProgressService.settle): a milestone is news with the first update that stands and reached it.
        List<FollowedChange> milestones = jdbc.sql("""
                SELECT p.id, p.city_id, p.title, u.created_at AS at, m.title AS milestone
                FROM progress_update u JOIN progress_update_milestone r ON r.update_id = u.id JOIN milestone m ON m.id = r.milestone_id
                JOIN pilot p ON p.id = m.pilot_id
                WHERE u.withdrawn_at IS NULL AND m.withdrawn_at IS NULL AND u.created_at > :after AND u.created_at <= :until
                  AND NOT EXISTS (SELECT 1 FROM progress_update_milestone e JOIN progress_update v ON v.id = e.update_id
                                  WHERE e.milestone_id = m.id AND v.withdrawn_at IS NULL AND v.created_at < u.created_at)""")
                .param("after", Timestamp.from(after)).param("until", Timestamp.from(until))
                .query((row, n) -> change(row, "follow.change.milestoneReached", "#progress-heading", row.getString("milestone")))
                .list();
        return Stream.concat(updates.stream(), milestones.stream()).toList();
    }

    private static FollowedChange change(ResultSet row, String code, String anchor, Object argument) throws SQLException {
        long pilot = row.getLong("id");
        return new FollowedChange(row.getTimestamp("at").toInstant(), row.getString("title"),
                new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {argument}), "/pilots/" + pilot + anchor,
                Set.of(FollowTarget.of(Kind.PILOT, pilot), FollowTarget.of(Kind.CITY, row.getLong("city_id")),
                        new FollowTarget(Kind.LAYER, "retail")));
    }
}
