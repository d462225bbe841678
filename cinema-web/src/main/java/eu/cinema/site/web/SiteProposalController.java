package eu.cinema.site.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.region.CountryRepository;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteService;
import eu.cinema.web.FormPost;
import eu.cinema.web.PortalSettings;
import eu.cinema.web.security.AddressRateLimit;
import eu.cinema.web.security.SharedCounters;

/**
 * Anyone may propose an abandoned site. It stays invisible until a moderator publishes it; a
 * honeypot field and a per-address limit keep robots and floods out.
 */
@Controller
@RequestMapping("/sites/propose")
class SiteProposalController {

    private static final String VIEW = "site/propose";

    private final SiteService sites;
    private final CountryRepository countries;
    private final AddressRateLimit rateLimit;

    SiteProposalController(SiteService sites, CountryRepository countries, PortalSettings settings, SharedCounters counters) {
        this.sites = sites;
        this.countries = countries;
        this.rateLimit = new AddressRateLimit(counters, "site-proposal", settings.proposals().perAddressPerHour(), Duration.ofHours(1));
    }

    @GetMapping
    String initCreationForm(Model model) {
        model.addAttribute("siteProposalForm", new SiteProposalForm());
        return view(model);
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("siteProposalForm") SiteProposalForm form, BindingResult result, Model model,
            HttpServletRequest request, RedirectAttributes redirect, Locale locale) throws IOException {
        if (form.filledByRobot()) {
            // Robots are told the same as people, so they learn nothing from the answer.
            redirect.addFlashAttribute("proposed", true);
            return "redirect:/sites/propose";
        }
        if (!result.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
            result.reject("site.propose.tooMany");
        }
        return FormPost.of(result).submit(() -> {
            byte[] photo = form.getPhoto() == null || form.getPhoto().isEmpty() ? null : form.getPhoto().getBytes();
            sites.propose(form.toProposal(locale.getLanguage()),
                    form.getPhoto() == null ? null : form.getPhoto().getOriginalFilename(), photo);
            redirect.addFlashAttribute("proposed", true);
            return "redirect:/sites/propose";
        }, () -> view(model));
    }

    private String view(Model model) {
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("kinds", SiteKind.values());
        model.addAttribute("maxPhotoMegabytes", SiteService.MAX_PHOTO_BYTES / (1024 * 1024));
        return VIEW;
    }
}
