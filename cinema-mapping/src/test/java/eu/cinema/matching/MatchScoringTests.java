package eu.cinema.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import eu.cinema.common.Position;
import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;

/** The transparent score of a site for a seeker's need: each reason's points out of its weight, summed to a share. */
class MatchScoringTests {

    private static final Position KOSICE = new Position(21.2497, 48.7118);

    @Test
    void aVacantSiteOfTheRightSizeNextDoorInGoodConditionScoresFull() {
        SiteMatch match = MatchScoring.score(need(null, null, null), candidate(0, "300", "4.00", SiteCondition.GOOD, SiteStatus.VACANT));

        assertThat(match.score()).isEqualTo(100);
        assertThat(match.reasons()).allSatisfy(reason -> assertThat(reason.points()).isEqualTo(reason.weight()));
    }

    @Test
    void distanceCountsLinearlyToTheEdgeOfTheRadius() {
        SiteMatch halfWay = MatchScoring.score(need(null, null, null), candidate(5_000, null, null, SiteCondition.GOOD, SiteStatus.VACANT));

        assertThat(halfWay.distanceKm()).isEqualTo(5.0);
        assertThat(reason(halfWay, "match.reason.distance").points()).isEqualTo(MatchScoring.DISTANCE / 2);
    }

    @Test
    void aSiteSmallerThanNeededLosesPointsInProportionAndSaysItsSize() {
        SiteMatch match = MatchScoring.score(need("200", null, null), candidate(0, "150", null, SiteCondition.GOOD, SiteStatus.VACANT));

        SiteMatch.Reason size = reason(match, "match.reason.sizeSmall");
        assertThat(size.arguments()).containsExactly("150");
        assertThat(size.points()).isEqualTo(Math.round(0.75f * MatchScoring.SIZE));
    }

    @Test
    void unknownSizeAndRentCountHalfWhenTheSeekerAskedForThem() {
        SiteMatch match = MatchScoring.score(need("100", "500", "6"), candidate(0, null, null, null, SiteStatus.PARTLY_USED));

        assertThat(reason(match, "match.reason.sizeUnknown").points()).isEqualTo(MatchScoring.SIZE / 2);
        assertThat(reason(match, "match.reason.rentUnknown").points()).isEqualTo(MatchScoring.RENT / 2);
        assertThat(reason(match, "match.reason.condition.UNKNOWN").points()).isEqualTo(MatchScoring.CONDITION / 2);
        assertThat(reason(match, "match.reason.status.PARTLY_USED").points()).isEqualTo(6);
    }

    @Test
    void rentAboveTheHighestLosesPointsAndADoubleRentLosesAll() {
        SiteMatch dearer = MatchScoring.score(need(null, null, "5"), candidate(0, null, "6", SiteCondition.GOOD, SiteStatus.VACANT));
        SiteMatch twice = MatchScoring.score(need(null, null, "5"), candidate(0, null, "10", SiteCondition.GOOD, SiteStatus.VACANT));

        assertThat(reason(dearer, "match.reason.rentHigh").arguments()).containsExactly("6.00");
        assertThat(reason(dearer, "match.reason.rentHigh").points()).isEqualTo(Math.round(0.8f * MatchScoring.RENT));
        assertThat(reason(twice, "match.reason.rentHigh").points()).isZero();
    }

    @Test
    void aNeedOutsideTheRulesIsRefusedBeforeAnyQuery() {
        assertThatThrownBy(() -> new SpaceNeed(new Position(200, 0), 10, null, null, null, null, null))
                .isInstanceOfSatisfying(MatchRuleException.class, refused -> assertThat(refused.getField()).isEqualTo("latitude"));
        assertThatThrownBy(() -> new SpaceNeed(KOSICE, 0.01, null, null, null, null, null))
                .isInstanceOfSatisfying(MatchRuleException.class, refused -> assertThat(refused.getField()).isEqualTo("radiusKm"));
        assertThatThrownBy(() -> new SpaceNeed(KOSICE, 10, new BigDecimal("500"), new BigDecimal("100"), null, null, null))
                .isInstanceOfSatisfying(MatchRuleException.class, refused -> assertThat(refused.getField()).isEqualTo("maxAreaM2"));
    }

    private static SpaceNeed need(String minArea, String maxArea, String maxRent) {
        return new SpaceNeed(KOSICE, 10, decimal(minArea), decimal(maxArea), decimal(maxRent), null, null);
    }

    private static Candidate candidate(double metres, String area, String rent, SiteCondition condition, SiteStatus status) {
        return new Candidate(1, "Creative Center", "Košice", "SK", SiteKind.INDUSTRIAL_BUILDING, status, condition, decimal(area), decimal(rent),
                metres);
    }

    private static SiteMatch.Reason reason(SiteMatch match, String key) {
        return match.reasons().stream().filter(reason -> reason.messageKey().equals(key)).findFirst().orElseThrow();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
