package eu.cinema.matching;

import java.math.BigDecimal;

import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;

/** An available, published site within the radius, with only what the score needs. */
record Candidate(long id, String name, String cityName, String countryCode, SiteKind kind, SiteStatus status,
        SiteCondition condition, BigDecimal floorAreaM2, BigDecimal rentEurPerM2, double distanceMetres) {
}
