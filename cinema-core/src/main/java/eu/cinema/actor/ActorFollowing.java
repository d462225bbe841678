package eu.cinema.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.follow.FollowTarget;
import eu.cinema.follow.FollowTarget.Kind;
import eu.cinema.follow.Followable;
import eu.cinema.follow.FollowedChange;
import eu.cinema.follow.FollowedContent;

/** Creative actors are followed through their layer and city: their followers hear of each actor added to the map. */
@Component
class ActorFollowing implements FollowedContent {

    private final JdbcClient jdbc;

    ActorFollowing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** No actor is followed on its own. */
    @Override
    public Kind kind() {
        return null;
    }

    @Override
    public Optional<Followable> find(FollowTarget target) {
        return Optional.empty();
    }

    @Override
    public List<FollowedChange> changes(Instant after, Instant until) {
        return jdbc.sql("""
                SELECT a.id, a.name, a.created_at, c.id AS city_id FROM creative_actor a
                LEFT JOIN city c ON c.country_code = a.country_code AND (c.name = a.city_name OR c.name_en = a.city_name)
                WHERE a.created_at > :after AND a.created_at <= :until""")
                .param("after", Timestamp.from(after)).param("until", Timestamp.from(until))
                .query((row, n) -> {
                    long city = row.getLong("city_id");
                    boolean inPortalCity = !row.wasNull();
                    FollowTarget layer = new FollowTarget(Kind.LAYER, "actors");
                    return new FollowedChange(row.getTimestamp("created_at").toInstant(), row.getString("name"),
                            new DefaultMessageSourceResolvable("follow.change.actorAdded"), "/actors/" + row.getLong("id"),
                            inPortalCity ? Set.of(layer, FollowTarget.of(Kind.CITY, city)) : Set.of(layer));
                })
                .list();
    }
}
