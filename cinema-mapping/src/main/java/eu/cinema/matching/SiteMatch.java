package eu.cinema.matching;

import java.math.BigDecimal;
import java.util.List;

import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;

/**
 * A ranked site with its score (0 to 100) and the reasons that make it up, each a message key
 * with its arguments and the points it gave, so that the page explains every score.
 */
public record SiteMatch(long siteId, String name, String cityName, String countryCode, SiteKind kind, SiteStatus status,
        SiteCondition condition, BigDecimal floorAreaM2, BigDecimal rentEurPerM2, double distanceKm, int score,
        List<Reason> reasons) {

    /** One part of the score: {@code points} of {@code weight}, explained by {@code messageKey} with {@code arguments}. */
    public record Reason(String messageKey, List<Object> arguments, int points, int weight) {
    }
}
