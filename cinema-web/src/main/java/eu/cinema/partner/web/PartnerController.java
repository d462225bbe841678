package eu.cinema.partner.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.actor.CreativeActorService;
import eu.cinema.partner.PartnerFilter;
import eu.cinema.partner.PartnerRole;
import eu.cinema.partner.PartnerService;
import eu.cinema.pilot.PilotService;
import eu.cinema.plan.PlanService;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.SiteService;
import eu.cinema.toolkit.ToolService;

/** The public directory of the partnership. */
@Controller
@RequestMapping("/partners")
class PartnerController {

    private final PartnerService partners;
    private final CountryRepository countries;
    private final PilotService pilots;
    private final PlanService plans;
    private final SiteService sites;
    private final ToolService tools;
    private final CreativeActorService actors;

    PartnerController(PartnerService partners, CountryRepository countries, PilotService pilots, PlanService plans,
            SiteService sites, ToolService tools, CreativeActorService actors) {
        this.partners = partners;
        this.countries = countries;
        this.pilots = pilots;
        this.plans = plans;
        this.sites = sites;
        this.tools = tools;
        this.actors = actors;
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) PartnerRole role,
            Model model, Locale locale) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("partners", partners.find(new PartnerFilter(countryCode, role)));
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("selectedCountry", countryCode);
        model.addAttribute("selectedRole", role);
        return "partner/list";
    }

    /** A partner's page: who it is, and what it does in the project: pilots, plans, sites, tools, its actor entry. */
    @GetMapping("/{id}")
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
