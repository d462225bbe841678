package eu.cinema.plan;

import java.util.Set;

import org.locationtech.jts.geom.Point;

import eu.cinema.pilot.Pilot;
import eu.cinema.site.Site;

/** What the service resolved from an action's ids and coordinates before the action takes them. */
record ActionLinks(Point location, Set<Site> sites, Set<Pilot> pilots) {
}
