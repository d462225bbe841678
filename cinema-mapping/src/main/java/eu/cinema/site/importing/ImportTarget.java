package eu.cinema.site.importing;

/**
 * Where imported sites go: their country, the town for rows that name none, the organisation that
 * keeps them up to date (an editor's own; an administrator chooses), and the language of their texts.
 */
public record ImportTarget(String countryCode, String defaultCity, Long ownerPartnerId, String language) {
}
