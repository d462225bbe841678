/** What every feature shares: the entity base class and the domain exceptions that carry message keys. */
package eu.cinema.common;
