package eu.cinema.site.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.site.SiteService;

/**
 * A proposer follows their proposal by the reference they were given: waiting, published (with its page) or not.
 * A reference that is not one is a 400, one nobody was given a 404, each with its message on the page.
 */
@Controller
class ProposalStatusController {

    /** What the portal gives: CINEMA- and the site's number. */
    private static final Pattern REFERENCE = Pattern.compile("CINEMA-[0-9]{1,18}");

    private final SiteService sites;

    ProposalStatusController(SiteService sites) {
        this.sites = sites;
    }

    @GetMapping("/sites/proposals")
    String status(@RequestParam(required = false) String reference, Model model, HttpServletResponse response) {
        if (reference == null || reference.isBlank()) {
            return "site/proposal-status";
        }
        String asked = reference.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("reference", reference.strip());
        if (!REFERENCE.matcher(asked).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "site.follow.malformed");
            return "site/proposal-status";
        }
        sites.proposalStatus(asked).ifPresentOrElse(found -> model.addAttribute("found", found), () -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "site.follow.unknown");
        });
        return "site/proposal-status";
    }
}
