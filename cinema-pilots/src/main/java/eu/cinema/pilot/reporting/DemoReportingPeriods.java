package eu.cinema.pilot.reporting;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The project's five six-month reporting periods (July 2020 to December 2022), each report due two months after. */
@Component
@Profile("demo")
@Order(15)
class DemoReportingPeriods implements ApplicationRunner {

    private static final LocalDate PROJECT_START = LocalDate.of(2020, 7, 1);
    private static final int PERIODS = 5;

    private final ReportingPeriodRepository periods;

    DemoReportingPeriods(ReportingPeriodRepository periods) {
        this.periods = periods;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (periods.count() > 0) {
            return;
        }
        for (int n = 0; n < PERIODS; n++) {
            LocalDate start = PROJECT_START.plusMonths(6L * n);
            LocalDate end = start.plusMonths(6).minusDays(1);
            periods.save(new ReportingPeriod("Period " + (n + 1), start, end, end.plusMonths(2)));
        }
    }
}
