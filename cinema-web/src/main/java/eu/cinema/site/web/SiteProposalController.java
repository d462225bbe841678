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

import eu.cinema.region.CountryOutlines;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteProposal;
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
    private final CountryOutlines outlines;
    private final ProposalLetters letters;
    private final AddressRateLimit rateLimit;

    SiteProposalController(SiteService sites, CountryRepository countries, CountryOutlines outlines, ProposalLetters letters,
            PortalSettings settings, SharedCounters counters) {
        this.sites = sites;
        this.countries = countries;
        this.outlines = outlines;
        this.letters = letters;
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
            // Robots are thanked as people are (without a reference, as nothing was kept), so they learn little from the answer.
            redirect.addFlashAttribute("proposed", "");
            return "redirect:/sites/propose";
        }
        if (!result.hasErrors()) {
            checkCountry(form, result, locale);
        }
        if (!result.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
            result.reject("site.propose.tooMany");
        }
        return FormPost.of(result).submit(() -> {
            byte[] photo = form.getPhoto() == null || form.getPhoto().isEmpty() ? null : form.getPhoto().getBytes();
            SiteProposal proposal = form.toProposal(locale);
            String reference = sites.propose(proposal, form.getPhoto() == null ? null : form.getPhoto().getOriginalFilename(), photo);
            redirect.addFlashAttribute("proposed", reference);
            redirect.addFlashAttribute("receiptMailed", letters.receipt(proposal.contactEmail(), reference, proposal.name(), locale));
            return "redirect:/sites/propose";
        }, () -> view(model));
    }

    /**
     * The point must lie in the chosen country (or within the margin of its outline at a border), or the proposal would
     * reach the wrong country's moderators.
     */
    private void checkCountry(SiteProposalForm form, BindingResult result, Locale locale) {
        String chosen = form.getCountryCode();
        if (chosen == null || !outlines.hasOutline(chosen) || outlines.inOrNear(chosen, form.getLongitude(), form.getLatitude())) {
            return;
        }
        String chosenName = new Locale("", chosen).getDisplayCountry(locale);
        outlines.countryAt(form.getLongitude(), form.getLatitude()).ifPresentOrElse(
                found -> result.rejectValue("countryCode", "site.propose.error.otherCountry",
                        new Object[] {chosenName, new Locale("", found).getDisplayCountry(locale)}, null),
                () -> result.rejectValue("countryCode", "site.propose.error.noCountry", new Object[] {chosenName}, null));
    }

    private String view(Model model) {
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("kinds", SiteKind.values());
        model.addAttribute("maxPhotoMegabytes", SiteService.MAX_PHOTO_BYTES / (1024 * 1024));
        return VIEW;
    }
}
