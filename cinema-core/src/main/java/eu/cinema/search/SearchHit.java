package eu.cinema.search;

import java.util.List;

/**
 * One result. {@code titleLang} and {@code snippetLang} are the languages its title and snippet are in, where known
 * (null for content that records none). {@code snippet} is plain text whose matches are framed by {@link SearchService#MATCH_START}
 * and {@link SearchService#MATCH_END}; whoever shows it escapes the text first, then marks the matches.
 */
public record SearchHit(SearchType type, long id, String title, String titleLang, String snippet, String snippetLang,
        List<String> countryCodes, double rank) {
}
