/**
 * Following by e-mail: anyone follows a plan, a pilot, a site, a city or a map layer and gets a digest a day or a week
 * of what changed there. The features whose content can be followed tell this module what exists and what changed
 * ({@link eu.cinema.follow.FollowedContent}); this module keeps the followers and builds their digests.
 */
package eu.cinema.follow;
