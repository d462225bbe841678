package eu.cinema.network;

import java.util.Set;

import eu.cinema.actor.CiDomain;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.PartnerRole;

/**
 * One organisation of the directory as the public may see it, once, with every role it has: a partner of the project
 * ({@code role}, {@code partnerKind}) and a creative actor ({@code actorKind}, {@code domains}), or both. A contact
 * appears only where its owner marked it public.
 *
 * @param path        its page: the partner's, or the actor's for an organisation that is no partner
 * @param partnerKind the name of its partner kind, null for an organisation that is no partner
 * @param actorKind   the name of its creative-actor kind, null for a partner that is no actor
 */
public record NetworkEntry(String path, String name, HelixSegment segment, PartnerRole role, String partnerKind,
        String actorKind, Set<CiDomain> domains, String cityName, String countryCode, double longitude, double latitude,
        String website, String publicEmail, String publicPhone, boolean supportCentre) {

    public boolean isPartner() {
        return role != null;
    }

    /** Whether either of its kinds is {@code kind}, the name of a partner kind or an actor kind. */
    boolean isOfKind(String kind) {
        return kind.equals(partnerKind) || kind.equals(actorKind);
    }
}
