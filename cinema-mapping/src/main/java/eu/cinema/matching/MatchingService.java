package eu.cinema.matching;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;

/**
 * Ranks published, available (vacant or partly used) sites for a space need. PostgreSQL finds the
 * candidates within the radius (a bounding box on the partial GiST index, then the distance on the
 * sphere, which is within 0.5% of the spheroid's and several times cheaper); {@link MatchScoring} scores them, so that the score and its explanation are one code.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    public static final int RESULTS = 20;
    private static final double METRES_PER_DEGREE = 111_320;

    private static final String CANDIDATES = """
            SELECT s.id, s.name, s.city_name, s.country_code, s.kind, s.status, s.condition, s.floor_area_m2, s.rent_eur_per_m2,
                   ST_Distance(s.location::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, false) AS metres
            FROM site s
            WHERE s.publication = 'PUBLISHED' AND s.status IN ('VACANT', 'PARTLY_USED')
              AND s.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)
              AND ST_DWithin(s.location::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :metres, false)
            """;

    private final JdbcClient jdbc;

    MatchingService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The best {@value #RESULTS} sites, best first; ties go to the nearer site. */
    public List<SiteMatch> rank(SpaceNeed need) {
        double metres = need.radiusKm() * 1000;
        double latSpan = metres / METRES_PER_DEGREE;
        // Longitude degrees shrink towards the poles; the box is widened for the side nearer to them.
        double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(need.place().latitude()) + latSpan))));
        double lonSpan = Math.min(180, metres / (METRES_PER_DEGREE * cos));
        return jdbc.sql(CANDIDATES)
                .param("lon", need.place().longitude())
                .param("lat", need.place().latitude())
                .param("metres", metres)
                .param("west", need.place().longitude() - lonSpan)
                .param("east", need.place().longitude() + lonSpan)
                .param("south", need.place().latitude() - latSpan)
                .param("north", need.place().latitude() + latSpan)
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("city_name"),
                        rs.getString("country_code"), enumOrNull(SiteKind.class, rs.getString("kind")),
                        SiteStatus.valueOf(rs.getString("status")), enumOrNull(SiteCondition.class, rs.getString("condition")),
                        rs.getBigDecimal("floor_area_m2"), rs.getBigDecimal("rent_eur_per_m2"), rs.getDouble("metres")))
                .stream()
                .map(candidate -> MatchScoring.score(need, candidate))
                .sorted(Comparator.comparingInt(SiteMatch::score).reversed().thenComparingDouble(SiteMatch::distanceKm)
                        .thenComparingLong(SiteMatch::siteId))
                .limit(RESULTS)
                .toList();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
