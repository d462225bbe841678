/** Geography: spatial queries, map layers, GeoJSON and OGC API - Features over the core domain. */
package eu.cinema.mapping;
