package eu.cinema.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.pilot.PilotStatus;
import eu.cinema.progress.DashboardService;

/** The public dashboard: the project's pilot targets against what has started and been completed. */
@Controller
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("dashboard", dashboards.dashboard());
        model.addAttribute("statuses", PilotStatus.values());
        return "dashboard";
    }
}
