/** Countries, regions (NUTS or national codes) and cities with their coordinates: reference geography. */
package eu.cinema.region;
