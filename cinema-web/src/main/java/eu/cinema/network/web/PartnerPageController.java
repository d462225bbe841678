package eu.cinema.network.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.cinema.actor.CreativeActorService;
import eu.cinema.partner.PartnerService;
import eu.cinema.pilot.PilotService;
import eu.cinema.plan.PlanService;
import eu.cinema.site.SiteService;
import eu.cinema.toolkit.ToolService;

/**
 * A partner's page: who it is, and what it does in the project (pilots, plans, sites, tools, its entry as a creative
 * actor). It belongs to the network, which may know every feature; the partner feature, which they all know, may not.
 */
@Controller
class PartnerPageController {

    private final PartnerService partners;
    private final PilotService pilots;
    private final PlanService plans;
    private final SiteService sites;
    private final ToolService tools;
    private final CreativeActorService actors;

    PartnerPageController(PartnerService partners, PilotService pilots, PlanService plans, SiteService sites, ToolService tools,
            CreativeActorService actors) {
        this.partners = partners;
        this.pilots = pilots;
        this.plans = plans;
        this.sites = sites;
        this.tools = tools;
        this.actors = actors;
    }

    @GetMapping("/partners/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("partner", partners.get(id));
        model.addAttribute("pilots", pilots.involving(id));
        model.addAttribute("plans", plans.publishedBy(id));
        model.addAttribute("sites", sites.keptUpBy(id));
        model.addAttribute("tools", tools.publishedBy(id));
        model.addAttribute("actor", actors.ofPartner(id).orElse(null));
        return "partner/detail";
    }
}
