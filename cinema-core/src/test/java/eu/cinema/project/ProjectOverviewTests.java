package eu.cinema.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import eu.cinema.testsupport.PostgisDataJpaTest;

@PostgisDataJpaTest
@Import({ProjectOverview.class, ProjectOverviewTests.TwoPlansPublished.class})
class ProjectOverviewTests {

    @Autowired
    ProjectOverview overview;

    @Test
    void theProjectFactsComeFromTheSeed() {
        Project project = overview.project();

        assertThat(project.getAcronym()).isEqualTo("CINEMA");
        assertThat(project.getProgramme()).isEqualTo("Interreg Danube Transnational Programme");
        assertThat(project.getStartsOn()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(project.getEndsOn()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(project.getTotalValueEur()).isEqualByComparingTo(new BigDecimal("2249073.50"));
        assertThat(project.getEuCofinancingEur()).isEqualByComparingTo(new BigDecimal("1911712.48"));
    }

    @Test
    void targetsAreCountedByTheModulesThatReportOnThem() {
        assertThat(overview.targets()).containsExactly(
                new TargetProgress(TargetCode.MAPS, 3, 0),
                new TargetProgress(TargetCode.CROSS_SECTORAL_COLLABORATIONS, 5, 0),
                new TargetProgress(TargetCode.CI_SUPPORT_CENTRES, 3, 0),
                new TargetProgress(TargetCode.LOCAL_ACTION_PLANS, 8, 2));
        assertThat(overview.targets().get(3).percent()).isEqualTo(25);
    }

    /** Stands in for the action-plan module, which reports the plans it has published. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TwoPlansPublished {

        @Bean
        TargetAchievement publishedPlans() {
            return new TargetAchievement() {
                @Override
                public TargetCode code() {
                    return TargetCode.LOCAL_ACTION_PLANS;
                }

                @Override
                public long achieved() {
                    return 2;
                }
            };
        }
    }
}
