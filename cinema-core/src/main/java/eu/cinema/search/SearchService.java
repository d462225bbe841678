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

    /**
     * A translatable kind's translations (docs/translations.md): {@code tr} holds the title and the rest in the reader's
     * language where they are translated; {@code tm} the best rank of a translation in any language that matches, each
     * read with its own language's text search configuration.
     */
    private static final String TRANSLATIONS = """
                LEFT JOIN LATERAL (SELECT max(ct.text) FILTER (WHERE ct.field = 'title') AS title,
                                          string_agg(ct.text, ' · ' ORDER BY ct.field) FILTER (WHERE ct.field <> 'title') AS body
                                   FROM content_translation ct
                                   WHERE ct.content_type = '%1$s' AND ct.content_id = %2$s AND ct.lang = :lang) tr ON true
                LEFT JOIN LATERAL (SELECT max(ts_rank(ct.search_words, websearch_to_tsquery(cinema_search_config(ct.lang), :text))) AS rank
                                   FROM content_translation ct
                                   WHERE ct.content_type = '%1$s' AND ct.content_id = %2$s
                                     AND ct.search_words @@ websearch_to_tsquery(cinema_search_config(ct.lang), :text)) tm ON true
            """;

    /**
     * Sites found only through a translation of their description: one GIN index scan per language, each with its own
     * configuration's query (a CASE in the condition would keep the index from being used). Sites that match as written
     * are left to the first branch.
     */
    private static final String SITES_BY_TRANSLATION = """
                SELECT 'SITE', s.id, s.name, concat_ws(' · ', s.city_name, s.description), ARRAY[s.country_code]::text[],
                       ts_rank(ct.search_words, CASE ct.lang WHEN 'en' THEN q.en WHEN 'de' THEN q.de WHEN 'ro' THEN q.ro
                                                             WHEN 'sr' THEN q.sr ELSE q.query END),
                       NULL, s.description_lang
                FROM content_translation ct JOIN site s ON s.id = ct.content_id CROSS JOIN q
                WHERE ct.content_type = 'site' AND s.publication = 'PUBLISHED' AND NOT s.search_words @@ q.query
                  AND ((ct.lang = 'en' AND ct.search_words @@ q.en) OR (ct.lang = 'de' AND ct.search_words @@ q.de)
                       OR (ct.lang = 'ro' AND ct.search_words @@ q.ro) OR (ct.lang = 'sr' AND ct.search_words @@ q.sr)
                       OR (ct.lang NOT IN ('en', 'de', 'ro', 'sr') AND ct.search_words @@ q.query))
            """;

    private static final String SQL = """
            WITH q AS (SELECT websearch_to_tsquery('cinema_search', :text) AS query, websearch_to_tsquery('cinema_en', :text) AS en,
                              websearch_to_tsquery('cinema_de', :text) AS de, websearch_to_tsquery('cinema_ro', :text) AS ro,
                              websearch_to_tsquery('cinema_sr', :text) AS sr),
            hits AS (
                SELECT * FROM (
                    SELECT 'SITE' AS type, s.id, s.name AS title, concat_ws(' · ', s.city_name, s.description) AS body,
                           ARRAY[s.country_code]::text[] AS countries,
                           ts_rank(s.search_words, q.query) AS rank, NULL::text AS title_lang, s.description_lang AS body_lang
                    FROM site s, q
                    WHERE s.publication = 'PUBLISHED' AND s.search_words @@ q.query
                    UNION ALL
                    %3$s
                    UNION ALL
                    SELECT 'ACTOR', a.id, a.name, concat_ws(' · ', a.city_name, coalesce(tr.body, a.description)), ARRAY[a.country_code]::text[],
                           greatest(ts_rank(setweight(to_tsvector('cinema_search', a.name), 'A') || d.doc, q.query), tm.rank),
                           NULL, CASE WHEN tr.body IS NULL THEN a.description_lang ELSE :lang END
                    FROM creative_actor a CROSS JOIN q
                         CROSS JOIN LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', a.name, a.city_name, a.description)) AS doc) d
                         %4$s
                    WHERE d.doc @@ q.query OR tm.rank IS NOT NULL
                    UNION ALL
                    SELECT 'PILOT', p.id, coalesce(tr.title, p.title),
                           concat_ws(' · ', c.name, coalesce(tr.body, concat_ws(' · ', p.summary, p.objectives))), ARRAY[c.country_code]::text[],
                           greatest(ts_rank(setweight(to_tsvector('cinema_search', p.title), 'A') || d.doc, q.query), tm.rank),
                           CASE WHEN tr.title IS NULL THEN coalesce(p.summary_lang, 'en') ELSE :lang END,
                           CASE WHEN tr.body IS NULL THEN coalesce(p.summary_lang, 'en') ELSE :lang END
                    FROM pilot p JOIN city c ON c.id = p.city_id CROSS JOIN q
                         CROSS JOIN LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', p.title, c.name, c.name_en, p.summary, p.objectives)) AS doc) d
                         %5$s
                    WHERE d.doc @@ q.query OR tm.rank IS NOT NULL
                    UNION ALL
                    SELECT 'PLAN', ap.id, coalesce(tr.title, v.title),
                           concat_ws(' · ', c.name, coalesce(tr.body, concat_ws(' · ', v.summary, v.summary_en, v.vision))), ARRAY[c.country_code]::text[],
                           greatest(ts_rank(setweight(to_tsvector('cinema_search', v.title), 'A') || d.doc, q.query), tm.rank),
                           CASE WHEN tr.title IS NULL THEN v.lang ELSE :lang END, CASE WHEN tr.body IS NULL THEN v.lang ELSE :lang END
                    FROM plan_version v JOIN action_plan ap ON ap.id = v.plan_id JOIN city c ON c.id = ap.city_id CROSS JOIN q
                         CROSS JOIN LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', v.title, c.name, c.name_en, v.summary, v.summary_en,
                                                                                v.context, v.vision, v.objectives, v.monitoring)) AS doc) d
                         %6$s
                    WHERE v.state = 'PUBLISHED' AND (d.doc @@ q.query OR tm.rank IS NOT NULL)
                    UNION ALL
                    SELECT 'RECOMMENDATION', r.id, coalesce(tr.title, r.title), coalesce(tr.body, r.text),
                           ARRAY(SELECT rc.country_code FROM recommendation_country rc WHERE rc.recommendation_id = r.id ORDER BY 1)::text[],
                           greatest(ts_rank(setweight(to_tsvector('cinema_search', r.title), 'A') || d.doc, q.query), tm.rank),
                           CASE WHEN tr.title IS NULL THEN r.lang ELSE :lang END, CASE WHEN tr.body IS NULL THEN r.lang ELSE :lang END
                    FROM policy_recommendation r CROSS JOIN q
                         CROSS JOIN LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', r.title, r.text)) AS doc) d
                         %7$s
                    WHERE r.published AND (d.doc @@ q.query OR tm.rank IS NOT NULL)
                    UNION ALL
                    SELECT 'TOOL', t.id, coalesce(tr.title, t.title), coalesce(tr.body, concat_ws(' · ', t.summary, t.aim)), ARRAY[c.country_code]::text[],
                           greatest(ts_rank(setweight(to_tsvector('cinema_search', t.title), 'A') || d.doc, q.query), tm.rank),
                           CASE WHEN tr.title IS NULL THEN t.lang ELSE :lang END, CASE WHEN tr.body IS NULL THEN t.lang ELSE :lang END
                    FROM tool_card t JOIN partner dp ON dp.id = t.developer_partner_id JOIN city c ON c.id = dp.city_id CROSS JOIN q
                         CROSS JOIN LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', t.title, t.summary, t.aim, t.opportunities, t.challenges)) AS doc) d
                         %8$s
                    WHERE t.published AND (d.doc @@ q.query OR tm.rank IS NOT NULL)
                    UNION ALL
                    SELECT 'PARTNER', pa.id, pa.name_en, concat_ws(' · ', pa.name_original, pa.acronym, c.name), ARRAY[pa.country_code]::text[],
                           ts_rank(setweight(to_tsvector('cinema_search', pa.name_en), 'A') || d.doc, q.query), NULL, NULL
                    FROM partner pa JOIN city c ON c.id = pa.city_id, q,
                         LATERAL (SELECT to_tsvector('cinema_search', concat_ws(' ', pa.name_en, pa.name_original, pa.acronym, c.name, c.name_en)) AS doc) d
                    WHERE d.doc @@ q.query
                ) found
                WHERE (CAST(:type AS text) IS NULL OR found.type = CAST(:type AS text))
                  AND (CAST(:country AS text) IS NULL OR CAST(:country AS text) = ANY (found.countries))
                ORDER BY found.rank DESC, found.title, found.id
                LIMIT %9$d
            )
            -- A site's description in the reader's language is looked up for the fifty shown only, not for every match.
            SELECT hits.type, hits.id, hits.title, hits.countries, hits.rank, hits.title_lang, shown.lang AS body_lang,
                   ts_headline(cinema_search_config(shown.lang), shown.body,
                               q.query || websearch_to_tsquery(cinema_search_config(shown.lang), :text),
                               'StartSel=%1$s, StopSel=%2$s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
            FROM hits CROSS JOIN q
                 LEFT JOIN content_translation st ON hits.type = 'SITE' AND st.content_type = 'site' AND st.content_id = hits.id
                                                 AND st.lang = :lang AND st.field = 'description'
                 CROSS JOIN LATERAL (SELECT coalesce(st.text, hits.body) AS body,
                                            CASE WHEN st.text IS NULL THEN hits.body_lang ELSE st.lang END AS lang) shown
            ORDER BY hits.rank DESC, hits.title, hits.id
            """.formatted(MATCH_START, MATCH_END, SITES_BY_TRANSLATION, TRANSLATIONS.formatted("actor", "a.id"),
            TRANSLATIONS.formatted("pilot", "p.id"), TRANSLATIONS.formatted("plan", "ap.id"), TRANSLATIONS.formatted("recommendation", "r.id"),
            TRANSLATIONS.formatted("tool", "t.id"), LIMIT);

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * At most 50 hits, best first; a blank query finds nothing. The text is passed as a parameter, never spliced.
     * Translated content is found by a word of any of its translations and shown in {@code readerLang} where it is
     * translated into it.
     */
    public List<SearchHit> search(String text, SearchType type, String countryCode, String readerLang) {
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
                .param("lang", readerLang)
                .query((rs, row) -> new SearchHit(SearchType.valueOf(rs.getString("type")), rs.getLong("id"), rs.getString("title"),
                        rs.getString("title_lang"), rs.getString("snippet"), rs.getString("body_lang"),
                        Arrays.asList((String[]) rs.getArray("countries").getArray()), rs.getDouble("rank")))
                .list();
    }
}
