package eu.cinema.pilot.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.project.TargetCode;

/** The dashboard's arithmetic: started and completed pilots against the targets, indicators added up across pilots. */
class DashboardTests {

    @Test
    void startedCountsRunningAndCompletedPilotsButNotPlannedOrStoppedOnes() {
        Dashboard.KindTarget target = Dashboard.KindTarget.of(PilotKind.CROSS_SECTORAL_COLLABORATION,
                TargetCode.CROSS_SECTORAL_COLLABORATIONS, 5, Map.of(PilotStatus.PLANNED, 2L, PilotStatus.RUNNING, 1L, PilotStatus.COMPLETED, 3L));

        assertThat(target).isEqualTo(new Dashboard.KindTarget(PilotKind.CROSS_SECTORAL_COLLABORATION,
                TargetCode.CROSS_SECTORAL_COLLABORATIONS, 5, 4, 3));
        assertThat(target.shareStarted()).contains(new BigDecimal("0.8000"));
        assertThat(Dashboard.KindTarget.of(PilotKind.CI_SUPPORT_CENTRE, TargetCode.CI_SUPPORT_CENTRES, 3, Map.of()).started()).isZero();
    }

    @Test
    void anIndicatorTotalSaysWhichShareOfItsTargetIsReachedAndNoneWithoutATarget() {
        assertThat(new Dashboard.IndicatorTotal("Events held", "events", 2, new BigDecimal("6"), new BigDecimal("10")).share())
                .contains(new BigDecimal("0.6000"));
        assertThat(new Dashboard.IndicatorTotal("Visitors", "people", 1, new BigDecimal("6"), BigDecimal.ZERO).share()).isEmpty();
    }

    @Test
    void indicatorsThatShareANameInAnyCaseAndAUnitAreAddedUpInNameOrder() {
        List<Dashboard.IndicatorTotal> totals = Dashboard.IndicatorTotal.addUp(List.of(
                measured("Visitors", "people", "0", "1000", "400"),
                measured("visitors", "people", "0", "500", "120"),
                measured("Visitors", "events", "0", "10", "4"),
                measured("Empty shops filled", "shops", "1", "6", null)));

        assertThat(totals).extracting(Dashboard.IndicatorTotal::name, Dashboard.IndicatorTotal::unit,
                Dashboard.IndicatorTotal::pilots, Dashboard.IndicatorTotal::latest, Dashboard.IndicatorTotal::target)
                .containsExactly(
                        tuple("Empty shops filled", "shops", 1L, new BigDecimal("1"), new BigDecimal("6")),
                        tuple("Visitors", "events", 1L, new BigDecimal("4"), new BigDecimal("10")),
                        tuple("Visitors", "people", 2L, new BigDecimal("520"), new BigDecimal("1500")));
    }

    @Test
    void anIndicatorWithoutAValueYetCountsItsBaseline() {
        assertThat(Dashboard.Measured.of("Visitors", "people", new BigDecimal("50"), new BigDecimal("100"), null).latest())
                .isEqualByComparingTo("50");
        assertThat(Dashboard.Measured.of("Visitors", "people", new BigDecimal("50"), new BigDecimal("100"), new BigDecimal("70"))
                .latest()).isEqualByComparingTo("70");
    }

    private static Dashboard.Measured measured(String name, String unit, String baseline, String target, String latest) {
        return Dashboard.Measured.of(name, unit, new BigDecimal(baseline), new BigDecimal(target),
                latest == null ? null : new BigDecimal(latest));
    }
}
