package eu.cinema.search;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches what the public may see: published sites, plans (their published version),
 * recommendations and tools; all actors, pilots and partners. Each kind's document is built in SQL;
 * the sites' expression matches the GIN index of the migration, so that it is used. Matches in a
 * title weigh more (weight A) than matches in the rest.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';
    public static final int MAX_QUERY_LENGTH = 200;
    private static final int LIMIT = 50;

    private static final String SQL = """
            WITH q AS (SELECT websearch_to_tsquery('cinema_search', :text) AS query)
            SELECT hits.type, hits.id, hits.title, hits.countries, hits.rank,
                   ts_headline('cinema_search', hits.body, q.query,
                               'StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
            FROM (
                SELECT 'SITE' AS type, s.id, s.name AS title, concat_ws(' · ', s.city_name, s.description) AS body,
                       ARRAY[s.country_code]::text[] AS countries,
                       ts_rank(s.search_words, q.query) AS rank
                FROM site s, q
                WHERE s.publication = 'PUBLISHED' AND s.search_words @@ q.query
                UNION ALL
                SELECT 'ACTOR', a.id, a.name, concat_ws(' · ', a.city_name, a.description), ARRAY[a.country_code]::text[],
                       ts_rank(setweight(to_tsvector('cinema_search', a.name), 'A') || d.doc, q.query)
                FROM creative_actor a, q,
                     LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', a.name, a.city_name, a.description)) AS doc) d
                WHERE d.doc @@ q.query
                UNION ALL
                SELECT 'PILOT', p.id, p.title, concat_ws(' · ', c.name, p.summary, p.objectives), ARRAY[c.country_code]::text[],
                       ts_rank(setweight(to_tsvector('cinema_search', p.title), 'A') || d.doc, q.query)
                FROM pilot p JOIN city c ON c.id = p.city_id, q,
                     LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', p.title, c.name, c.name_en, p.summary, p.objectives)) AS doc) d
                WHERE d.doc @@ q.query
                UNION ALL
                SELECT 'PLAN', ap.id, v.title, concat_ws(' · ', c.name, v.summary, v.summary_en, v.vision), ARRAY[c.country_code]::text[],
                       ts_rank(setweight(to_tsvector('cinema_search', v.title), 'A') || d.doc, q.query)
                FROM plan_version v JOIN action_plan ap ON ap.id = v.plan_id JOIN city c ON c.id = ap.city_id, q,
                     LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', v.title, c.name, c.name_en, v.summary, v.summary_en,
                                                                            v.context, v.vision, v.objectives, v.monitoring)) AS doc) d
                WHERE v.state = 'PUBLISHED' AND d.doc @@ q.query
                UNION ALL
                SELECT 'RECOMMENDATION', r.id, r.title, r.text,
                       ARRAY(SELECT rc.country_code FROM recommendation_country rc WHERE rc.recommendation_id = r.id ORDER BY 1)::text[],
                       ts_rank(setweight(to_tsvector('cinema_search', r.title), 'A') || d.doc, q.query)
                FROM policy_recommendation r, q,
                     LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', r.title, r.text)) AS doc) d
                WHERE r.published AND d.doc @@ q.query
                UNION ALL
                SELECT 'TOOL', t.id, t.title, concat_ws(' · ', t.summary, t.aim), ARRAY[c.country_code]::text[],
                       ts_rank(setweight(to_tsvector('cinema_search', t.title), 'A') || d.doc, q.query)
                FROM tool_card t JOIN partner dp ON dp.id = t.developer_partner_id JOIN city c ON c.id = dp.city_id, q,
                     LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', t.title, t.summary, t.aim, t.opportunities, t.challenges)) AS doc) d
                WHERE t.published AND d.doc @@ q.query
                UNION ALL
                SELECT 'PARTNER', pa.id, pa.name_en, concat_ws(' · ', pa.name_original, pa.acronym, c.name), ARRAY[pa.country_code]::text[],
                       ts_rank(setweight(to_tsvector('cinema_search', pa.name_en), 'A') || d.doc, q.query)
                FROM partner pa JOIN city c ON c.id = pa.city_id, q,
                     LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', pa.name_en, pa.name_original, pa.acronym, c.name, c.name_en)) AS doc) d
                WHERE d.doc @@ q.query
            ) hits, q
            WHERE (CAST(:type AS text) IS NULL OR hits.type = CAST(:type AS text))
              AND (CAST(:country AS text) IS NULL OR CAST(:country AS text) = ANY (hits.countries))
            ORDER BY hits.rank DESC, hits.title, hits.id
            LIMIT %d
            """.formatted(MATCH_START, MATCH_END, LIMIT);

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most 50 hits, best first; a blank query finds nothing. The text is passed as a parameter, never spliced. */
    public List<SearchHit> search(String text, SearchType type, String countryCode) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new SearchQueryTooLongException(MAX_QUERY_LENGTH);
        }
        return jdbc.sql(SQL)
                .param("text", text.strip())
                .param("type", type == null ? null : type.name())
                .param("country", countryCode)
                .query((rs, row) -> new SearchHit(SearchType.valueOf(rs.getString("type")), rs.getLong("id"), rs.getString("title"),
                        rs.getString("snippet"), Arrays.asList((String[]) rs.getArray("countries").getArray()), rs.getDouble("rank")))
                .list();
    }
}
