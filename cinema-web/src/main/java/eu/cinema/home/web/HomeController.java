package eu.cinema.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.partner.PartnerService;
import eu.cinema.project.ProjectOverview;

@Controller
class HomeController {

    private final ProjectOverview overview;
    private final PartnerService partners;

    HomeController(ProjectOverview overview, PartnerService partners) {
        this.overview = overview;
        this.partners = partners;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("project", overview.project());
        model.addAttribute("targets", overview.targets());
        model.addAttribute("figures", partners.figures());
        return "home";
    }
}
