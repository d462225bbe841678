package eu.cinema.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.follow.FollowTarget;
import eu.cinema.follow.FollowTarget.Kind;
import eu.cinema.follow.Followable;
import eu.cinema.follow.FollowedChange;
import eu.cinema.follow.FollowedContent;

/**
 * Sites for their followers: a published site, its city's (when the city is one of the portal's) and the sites
 * layer's followers hear when it appears on the map and when its status changes. The site's history says when.
 */
@Component
class SiteFollowing implements FollowedContent {

    private static final FollowTarget LAYER = new FollowTarget(Kind.LAYER, "sites");

    private final JdbcClient jdbc;

    SiteFollowing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.SITE;
    }

    @Override
    public Optional<Followable> find(FollowTarget target) {
        return jdbc.sql("SELECT name FROM site WHERE id = :id AND publication = 'PUBLISHED'").param("id", Long.parseLong(target.key()))
                .query(String.class).optional().map(name -> new Followable(target, name, null, "/sites/" + target.key()));
    }

    @Override
    public List<FollowedChange> changes(Instant after, Instant until) {
        return jdbc.sql("""
                SELECT a.id, s.name, to_timestamp(r.timestamp / 1000.0) AS at, a.status, c.id AS city_id,
                       before.publication IS DISTINCT FROM 'PUBLISHED' AS appeared
                FROM site_aud a JOIN revision r ON r.id = a.rev JOIN site s ON s.id = a.id AND s.publication = 'PUBLISHED'
                LEFT JOIN LATERAL (SELECT b.status, b.publication FROM site_aud b WHERE b.id = a.id AND b.rev < a.rev
                                   ORDER BY b.rev DESC LIMIT 1) before ON true
                LEFT JOIN city c ON c.country_code = s.country_code AND (c.name = s.city_name OR c.name_en = s.city_name)
                WHERE r.timestamp > :after AND r.timestamp <= :until AND a.publication = 'PUBLISHED'
                  AND (before.publication IS DISTINCT FROM 'PUBLISHED' OR before.status IS DISTINCT FROM a.status)
                ORDER BY r.timestamp""")
                .param("after", after.toEpochMilli()).param("until", until.toEpochMilli())
                .query(new ChangeReader()::read)
                .list();
    }

    /**
     * Reads one run's changes, sharing what repeats (descriptions, city targets): a bulk import brings 100,000 of them
     * into one digest run, which must fit the production heap (docs/performance.md, "Digests").
     */
    private static final class ChangeReader {

        private final Map<String, MessageSourceResolvable> descriptions = new HashMap<>();
        private final Map<Long, FollowTarget> cities = new HashMap<>();

        FollowedChange read(ResultSet row, int number) throws SQLException {
            long site = row.getLong("id");
            long city = row.getLong("city_id");
            boolean inPortalCity = !row.wasNull();
            FollowTarget siteTarget = FollowTarget.of(Kind.SITE, site);
            String code = row.getBoolean("appeared") ? "follow.change.siteAppeared" : "follow.change.siteStatus";
            String status = row.getString("status");
            MessageSourceResolvable description = descriptions.computeIfAbsent(code + status, key -> new DefaultMessageSourceResolvable(
                    new String[] {code}, new Object[] {new DefaultMessageSourceResolvable("site.status." + status)}));
            return new FollowedChange(row.getTimestamp("at").toInstant(), row.getString("name"), description, "/sites/" + site,
                    inPortalCity ? Set.of(siteTarget, LAYER, cities.computeIfAbsent(city, id -> FollowTarget.of(Kind.CITY, id)))
                            : Set.of(siteTarget, LAYER));
        }
    }
}
