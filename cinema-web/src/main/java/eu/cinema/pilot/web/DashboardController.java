package eu.cinema.pilot.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.pilot.PilotStatus;
import eu.cinema.pilot.progress.DashboardService;
import eu.cinema.project.ProjectOverview;
import eu.cinema.project.TargetCode;

/** The public dashboard: the project's pilot targets against what has started and been completed. */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final ProjectOverview overview;

    DashboardController(DashboardService dashboards, ProjectOverview overview) {
        this.dashboards = dashboards;
        this.overview = overview;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("dashboard", dashboards.dashboard());
        model.addAttribute("statuses", PilotStatus.values());
        model.addAttribute("planTarget", overview.targets().stream()
                .filter(target -> target.code() == TargetCode.LOCAL_ACTION_PLANS).findFirst().orElseThrow());
        return "dashboard";
    }
}
