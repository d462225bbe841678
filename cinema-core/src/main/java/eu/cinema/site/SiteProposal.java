package eu.cinema.site;

/**
 * What anyone may tell the portal about an abandoned site.
 *
 * @param proposerLanguage the language the proposer used the portal in: the e-mails about the proposal are written in it
 */
public record SiteProposal(
        String name,
        SiteKind kind,
        String cityName,
        String countryCode,
        double longitude,
        double latitude,
        String description,
        String descriptionLang,
        String contactEmail,
        String proposerLanguage) {
}
