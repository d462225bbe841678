package eu.cinema.plan;

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
 * Plans for their followers: a plan is public once a version is published or a consultation on one has opened; its
 * followers, its city's and the retail layer's hear of each new published version and each consultation as it opens.
 */
@Component
class PlanFollowing implements FollowedContent {

    private final JdbcClient jdbc;

    PlanFollowing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.PLAN;
    }

    @Override
    public Optional<Followable> find(FollowTarget target) {
        return jdbc.sql("""
                SELECT v.title FROM plan_version v LEFT JOIN plan_consultation k ON k.plan_version_id = v.id
                WHERE v.plan_id = :plan AND (v.state = 'PUBLISHED' OR (v.state = 'CONSULTATION' AND k.opens_on <= :today))
                ORDER BY v.number DESC LIMIT 1""")
                .param("plan", Long.parseLong(target.key())).param("today", ConsultationService.today())
                .query(String.class).optional()
                .map(title -> new Followable(target, title, null, "/plans/" + target.key()));
    }

    @Override
    public List<FollowedChange> changes(Instant after, Instant until) {
        List<FollowedChange> published = jdbc.sql("""
                SELECT v.plan_id, p.city_id, v.number, v.title, v.published_at AS at FROM plan_version v
                JOIN action_plan p ON p.id = v.plan_id
                WHERE v.state IN ('PUBLISHED', 'SUPERSEDED') AND v.published_at > :after AND v.published_at <= :until""")
                .param("after", Timestamp.from(after)).param("until", Timestamp.from(until))
                .query((row, n) -> change(row.getLong("plan_id"), row.getLong("city_id"), row.getString("title"),
                        row.getTimestamp("at").toInstant(), "follow.change.planPublished", "/versions/" + row.getInt("number"),
                        row.getInt("number")))
                .list();
        // A consultation is news on the day it opens (or when it is opened, if that is later).
        List<FollowedChange> consultations = jdbc.sql("""
                SELECT * FROM (SELECT v.plan_id, p.city_id, v.title, k.opens_on, k.closes_on,
                                      greatest(k.created_at, k.opens_on::timestamp AT TIME ZONE 'UTC') AS at
                               FROM plan_consultation k JOIN plan_version v ON v.id = k.plan_version_id
                               JOIN action_plan p ON p.id = v.plan_id) c
                WHERE c.at > :after AND c.at <= :until""")
                .param("after", Timestamp.from(after)).param("until", Timestamp.from(until))
                .query((row, n) -> change(row.getLong("plan_id"), row.getLong("city_id"), row.getString("title"),
                        row.getTimestamp("at").toInstant(), "follow.change.consultationOpened", "/consultation",
                        row.getDate("opens_on").toLocalDate(), row.getDate("closes_on").toLocalDate()))
                .list();
        return Stream.concat(published.stream(), consultations.stream()).toList();
    }

    private static FollowedChange change(long planId, long cityId, String title, Instant at, String code, String subpath, Object... args) {
        return new FollowedChange(at, title, new DefaultMessageSourceResolvable(new String[] {code}, args),
                "/plans/" + planId + subpath, Set.of(FollowTarget.of(Kind.PLAN, planId), FollowTarget.of(Kind.CITY, cityId),
                        new FollowTarget(Kind.LAYER, "retail")));
    }
}
