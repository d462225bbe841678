package eu.cinema.home.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.partner.PartnerService;
import eu.cinema.pilot.PilotService;
import eu.cinema.plan.PlanService;
import eu.cinema.project.ProjectOverview;
import eu.cinema.toolkit.ToolService;

import tools.jackson.databind.json.JsonMapper;

/**
 * The home page: the ways into the portal (the map, proposing a site, finding a space, the toolkit, the plans), the
 * partnership on a small map, what the portal holds today, and the project's targets.
 */
@Controller
class HomeController {

    private final ProjectOverview overview;
    private final PartnerService partners;
    private final LayerService layers;
    private final PilotService pilots;
    private final PlanService plans;
    private final ToolService tools;

    HomeController(ProjectOverview overview, PartnerService partners, LayerService layers, PilotService pilots, PlanService plans,
            ToolService tools) {
        this.overview = overview;
        this.partners = partners;
        this.layers = layers;
        this.pilots = pilots;
        this.plans = plans;
        this.tools = tools;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("project", overview.project());
        model.addAttribute("targets", overview.targets());
        model.addAttribute("figures", partners.figures());
        model.addAttribute("today", new PortalToday(layers.count(MapLayer.SITES, FeatureFilter.all()), pilots.countCompleted(),
                plans.countPublished(), tools.countPublished()));
        model.addAttribute("partnerPoints", JsonMapper.shared().writeValueAsString(partners.all().stream()
                .filter(partner -> partner.getLocation() != null)
                .map(partner -> Map.of("name", partner.displayName(locale), "layer", "partner",
                        "lat", partner.getLocation().getY(), "lon", partner.getLocation().getX()))
                .toList()));
        return "home";
    }

    /** What the portal holds today: real things, counted as the public sees them. */
    record PortalToday(long sitesPublished, long pilotsCompleted, long plansPublished, long tools) {
    }
}
