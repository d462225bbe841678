/**
 * Changes as people read them: the one component behind every history and every plan comparison, which names fields,
 * values and other entities in the reader's language. It knows the features whose values it names; no feature knows it.
 */
package eu.cinema.changes;
