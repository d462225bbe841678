package eu.cinema.search;

import eu.cinema.common.DomainException;

/** A query longer than anyone types; refused with the limit in the message. */
public class SearchQueryTooLongException extends DomainException {

    public SearchQueryTooLongException(int limit) {
        super("search.error.tooLong", "q", limit);
    }
}
