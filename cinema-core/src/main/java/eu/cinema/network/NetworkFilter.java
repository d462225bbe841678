package eu.cinema.network;

import java.util.Locale;

import eu.cinema.actor.CiDomain;
import eu.cinema.partner.HelixSegment;

/** What the directory is narrowed to; {@code kind} is the name of a partner kind or an actor kind. */
public record NetworkFilter(HelixSegment segment, String countryCode, String city, String kind, CiDomain domain) {

    boolean matches(NetworkEntry entry) {
        return (segment == null || entry.segment() == segment)
                && (countryCode == null || countryCode.equals(entry.countryCode()))
                && (city == null || city.isBlank() || entry.cityName().toLowerCase(Locale.ROOT).contains(city.strip().toLowerCase(Locale.ROOT)))
                && (kind == null || entry.isOfKind(kind))
                && (domain == null || entry.domains().contains(domain));
    }
}
