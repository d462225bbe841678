/**
 * One search box across the portal's public content, with PostgreSQL full-text search in the
 * {@code cinema_search} configuration (unaccented, case-folded).
 */
package eu.cinema.search;
