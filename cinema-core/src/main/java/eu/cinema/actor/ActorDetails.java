package eu.cinema.actor;

import java.util.Set;

import eu.cinema.partner.HelixSegment;

/** Everything an editor states about a creative actor; the contact is shown publicly only when {@code contactPublic}. */
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
        Long partnerId,
        HelixSegment segment,
        String contactEmail,
        String contactPhone,
        boolean contactPublic) {
}
