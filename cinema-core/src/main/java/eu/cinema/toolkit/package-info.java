/**
 * The toolkit: tools and services for business support organisations and policy makers, as tool
 * cards with their steps, files and impressions, and the ratings of partners who used them.
 */
package eu.cinema.toolkit;
