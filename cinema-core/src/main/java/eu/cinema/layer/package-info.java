/**
 * What feature modules contribute to the public map layers without the mapping module knowing them:
 * pilots and action-plan actions with a location appear on the retail and small-business layer.
 */
package eu.cinema.layer;
