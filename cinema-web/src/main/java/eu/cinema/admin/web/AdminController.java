package eu.cinema.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.partner.PartnerService;
import eu.cinema.roadmap.RoadmapTheme;

/** The administrators' start page: accounts and the partnership's reference data. */
@Controller
class AdminController {

    private final PartnerService partners;

    AdminController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("partners", partners.all());
        model.addAttribute("themes", RoadmapTheme.values());
        return "admin/index";
    }
}
