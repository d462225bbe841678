package eu.cinema.network;

import java.util.Set;

import eu.cinema.actor.CiDomain;
import eu.cinema.partner.HelixSegment;

/**
 * One organisation of the directory as the public may see it: a contact appears only where its
 * owner marked it public. {@code kindKey} is the message key of its kind.
 */
public record NetworkEntry(boolean partner, long id, String name, HelixSegment segment, String kind, String kindKey,
        Set<CiDomain> domains, String cityName, String countryCode, double longitude, double latitude, String website,
        String publicEmail, String publicPhone, boolean supportCentre) {

    public String path() {
        return (partner ? "/partners/" : "/actors/") + id;
    }
}
