/**
 * Transnational policy recommendations: what the project advises EU, national, regional and local
 * policy makers, with the pilots and local action plans that are its evidence.
 */
package eu.cinema.recommendation;
