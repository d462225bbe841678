package eu.cinema.site;

import java.math.BigDecimal;

/** Everything an editor states about a site; the form validates each value's shape first. */
public record SiteDetails(
        String reference,
        String name,
        String address,
        String cityName,
        String countryCode,
        double longitude,
        double latitude,
        String boundaryWkt,
        BigDecimal floorAreaM2,
        BigDecimal landAreaHa,
        SiteKind kind,
        String formerUse,
        Short vacantSince,
        Ownership ownership,
        SiteCondition condition,
        Vacancy vacancy,
        SiteStatus status,
        boolean heritageProtected,
        String suggestedUses,
        String rentIndication,
        BigDecimal rentEurPerM2,
        String description,
        String descriptionLang,
        String source,
        String responsibleOrganisation,
        String publicContact) {
}
