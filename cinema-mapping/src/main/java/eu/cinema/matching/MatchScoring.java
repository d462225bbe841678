package eu.cinema.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteStatus;

/**
 * The score, part by part: distance 30, size 20, rent 20, use 10, condition 10, status 10 points.
 * Each part gives its share of the points and says why; unknown values give half. Reasons carry
 * message keys (and resolvable arguments) so that every page explains them in its own language.
 */
final class MatchScoring {

    static final int DISTANCE = 30;
    static final int SIZE = 20;
    static final int RENT = 20;
    static final int USE = 10;
    static final int CONDITION = 10;
    static final int STATUS = 10;
    private static final double UNKNOWN = 0.5;

    private MatchScoring() {
    }

    static SiteMatch score(SpaceNeed need, Candidate site) {
        List<SiteMatch.Reason> reasons = new ArrayList<>();
        double km = site.distanceMetres() / 1000;
        reasons.add(reason("match.reason.distance", List.of(round(km)), 1 - km / need.radiusKm(), DISTANCE));
        reasons.add(size(need, site.floorAreaM2()));
        reasons.add(rent(need, site.rentEurPerM2()));
        if (need.use() != null) {
            reasons.add(reason("match.reason.use", List.of(new DefaultMessageSourceResolvable("match.use." + need.use()),
                    new DefaultMessageSourceResolvable("site.kind." + site.kind())), need.use().fit(site.kind()), USE));
        }
        reasons.add(reason("match.reason.condition." + (site.condition() == null ? "UNKNOWN" : site.condition().name()), List.of(),
                conditionFit(site.condition()), CONDITION));
        reasons.add(reason("match.reason.status." + site.status().name(), List.of(), site.status() == SiteStatus.VACANT ? 1 : 0.6, STATUS));
        int points = reasons.stream().mapToInt(SiteMatch.Reason::points).sum();
        int possible = reasons.stream().mapToInt(SiteMatch.Reason::weight).sum();
        return new SiteMatch(site.id(), site.name(), site.cityName(), site.countryCode(), site.kind(), site.status(), site.condition(),
                site.floorAreaM2(), site.rentEurPerM2(), round(km), Math.round(points * 100f / possible), reasons);
    }

    private static SiteMatch.Reason size(SpaceNeed need, BigDecimal area) {
        if (need.minAreaM2() == null && need.maxAreaM2() == null) {
            return reason("match.reason.sizeAny", List.of(), 1, SIZE);
        }
        if (area == null) {
            return reason("match.reason.sizeUnknown", List.of(), UNKNOWN, SIZE);
        }
        double a = area.doubleValue();
        if (need.minAreaM2() != null && a < need.minAreaM2().doubleValue()) {
            double min = need.minAreaM2().doubleValue();
            return reason("match.reason.sizeSmall", List.of(area.stripTrailingZeros().toPlainString()), 1 - (min - a) / min, SIZE);
        }
        if (need.maxAreaM2() != null && a > need.maxAreaM2().doubleValue()) {
            double max = need.maxAreaM2().doubleValue();
            return reason("match.reason.sizeLarge", List.of(area.stripTrailingZeros().toPlainString()), 1 - (a - max) / max, SIZE);
        }
        return reason("match.reason.sizeFits", List.of(area.stripTrailingZeros().toPlainString()), 1, SIZE);
    }

    private static SiteMatch.Reason rent(SpaceNeed need, BigDecimal rent) {
        if (need.maxRentEurPerM2() == null) {
            return reason("match.reason.rentAny", List.of(), 1, RENT);
        }
        if (rent == null) {
            return reason("match.reason.rentUnknown", List.of(), UNKNOWN, RENT);
        }
        double max = need.maxRentEurPerM2().doubleValue();
        double r = rent.doubleValue();
        return r <= max ? reason("match.reason.rentFits", List.of(rent.setScale(2, RoundingMode.HALF_UP).toPlainString()), 1, RENT)
                : reason("match.reason.rentHigh", List.of(rent.setScale(2, RoundingMode.HALF_UP).toPlainString()),
                        max == 0 ? 0 : 1 - (r - max) / max, RENT);
    }

    private static double conditionFit(SiteCondition condition) {
        if (condition == null) {
            return UNKNOWN;
        }
        return switch (condition) {
            case GOOD -> 1;
            case FAIR -> 0.7;
            case POOR -> 0.4;
            case DERELICT -> 0.1;
        };
    }

    private static SiteMatch.Reason reason(String key, List<Object> arguments, double share, int weight) {
        int points = (int) Math.round(Math.max(0, Math.min(1, share)) * weight);
        return new SiteMatch.Reason(key, arguments, points, weight);
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
