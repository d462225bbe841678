package eu.cinema.actor;

import java.util.Set;

/** Everything an editor states about a creative actor. */
public record ActorDetails(
        String name,
        ActorKind kind,
        Set<CiDomain> domains,
        String cityName,
        String countryCode,
        double longitude,
        double latitude,
        String website,
        String description,
        String descriptionLang,
        Long partnerId) {
}
