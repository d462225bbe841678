package eu.cinema.pilot.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.pilot.progress.DashboardService;
import eu.cinema.project.ProjectOverview;
import eu.cinema.project.TargetCode;

/** The public dashboard: the project's pilot targets against what has started and been completed. */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final ProjectOverview overview;
    private final PilotService pilots;
    private final ProgressService progress;
    private final PeriodReportService periodReports;

    DashboardController(DashboardService dashboards, ProjectOverview overview, PilotService pilots, ProgressService progress,
            PeriodReportService periodReports) {
        this.dashboards = dashboards;
        this.overview = overview;
        this.pilots = pilots;
        this.progress = progress;
        this.periodReports = periodReports;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("dashboard", dashboards.dashboard());
        model.addAttribute("statuses", PilotStatus.values());
        List<Pilot> all = pilots.find(PilotFilter.ALL);
        model.addAttribute("pilots", all);
        model.addAttribute("percentages", progress.percentages(all));
        model.addAttribute("periods", periodReports.periods());
        model.addAttribute("byQuarter", overview.byQuarter());
        model.addAttribute("planTarget", overview.targets().stream()
                .filter(target -> target.code() == TargetCode.LOCAL_ACTION_PLANS).findFirst().orElseThrow());
        return "dashboard";
    }
}
