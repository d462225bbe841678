package eu.cinema.site;

/** What anyone may tell the portal about an abandoned site. */
public record SiteProposal(
        String name,
        SiteKind kind,
        String cityName,
        String countryCode,
        double longitude,
        double latitude,
        String description,
        String descriptionLang,
        String contactEmail) {
}
