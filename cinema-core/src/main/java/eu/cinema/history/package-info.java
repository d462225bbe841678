/** Who changed what and when, for every audited entity, read from the Hibernate Envers tables. */
package eu.cinema.history;
