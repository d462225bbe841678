/**
 * What every page shares: the layout's model, error pages and problem details, form refusals, request ids,
 * the portal's settings. Security, languages, the page cache, rendering and jobs are its sub-packages.
 */
package eu.cinema.web;
