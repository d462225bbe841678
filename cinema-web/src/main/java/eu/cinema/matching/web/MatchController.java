package eu.cinema.matching.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.DomainException;
import eu.cinema.common.Position;
import eu.cinema.matching.ContactMessage;
import eu.cinema.matching.ContactService;
import eu.cinema.matching.IntendedUse;
import eu.cinema.matching.MatchRuleException;
import eu.cinema.matching.MatchingService;
import eu.cinema.matching.SiteMatch;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.site.Site;
import eu.cinema.site.SiteService;
import eu.cinema.web.FormErrors;
import eu.cinema.web.FormPost;
import eu.cinema.web.PortalSettings;
import eu.cinema.web.security.AddressRateLimit;
import eu.cinema.web.security.SharedCounters;

/**
 * Space matching: the seeker's form and the ranked sites with the reasons of each score (GET, so
 * that a search can be bookmarked), and the form that writes to a site's organisation.
 */
@Controller
@RequestMapping("/match")
class MatchController {

    /** A match as the page shows it: each reason already worded in the visitor's language. */
    record ShownMatch(SiteMatch match, List<ShownReason> reasons) {
    }

    record ShownReason(String text, int points, int weight) {
    }

    private final MatchingService matching;
    private final ContactService contacts;
    private final CityRepository cities;
    private final SiteService sites;
    private final MessageSource messages;
    private final AddressRateLimit rateLimit;

    MatchController(MatchingService matching, ContactService contacts, CityRepository cities, SiteService sites,
            MessageSource messages, PortalSettings settings, SharedCounters counters) {
        this.matching = matching;
        this.contacts = contacts;
        this.cities = cities;
        this.sites = sites;
        this.messages = messages;
        this.rateLimit = new AddressRateLimit(counters, "contact-message", settings.proposals().perAddressPerHour(), Duration.ofHours(1));
    }

    @GetMapping
    String match(@Valid @ModelAttribute("matchForm") MatchForm form, BindingResult result, Model model, HttpServletRequest request,
            Locale locale) {
        model.addAttribute("cities", cities.findAllByOrderByCountryCodeAscNameEnAsc());
        model.addAttribute("uses", IntendedUse.values());
        boolean asked = request.getQueryString() != null && !request.getQueryString().isBlank();
        if (!asked) {
            return "match/search";
        }
        if (!form.hasPlace()) {
            result.reject("match.error.place");
        }
        if (!result.hasErrors()) {
            try {
                model.addAttribute("matches", matching.rank(form.toNeed(centre(form))).stream()
                        .map(m -> shown(m, locale)).toList());
                model.addAttribute("needSummary", summary(form, locale));
            } catch (DomainException refused) {
                FormErrors.reject(result, refused);
            }
        }
        return "match/search";
    }

    @GetMapping("/contact/{siteId}")
    String contactForm(@PathVariable long siteId, @ModelAttribute("contactForm") ContactForm form, Model model) {
        model.addAttribute("site", publicSite(siteId));
        return "match/contact";
    }

    @PostMapping("/contact/{siteId}")
    String contact(@PathVariable long siteId, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            Model model, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        Site site = publicSite(siteId);
        if (!result.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
            result.reject("match.error.tooMany");
        }
        return FormPost.of(result).submit(() -> {
            ContactMessage sent = contacts.send(siteId, form.toRequest(), form.getNeedSummary(), locale);
            redirect.addFlashAttribute("contactState", sent.getState());
            return "redirect:/match/contact/" + siteId + "/sent";
        }, () -> {
            model.addAttribute("site", site);
            return "match/contact";
        });
    }

    @GetMapping("/contact/{siteId}/sent")
    String sent(@PathVariable long siteId, Model model) {
        model.addAttribute("site", publicSite(siteId));
        return "match/sent";
    }

    private Site publicSite(long siteId) {
        return sites.getPublished(siteId);
    }

    /** The place the seeker gave: a point they chose, or else their city's centre. */
    private Position centre(MatchForm form) {
        if (form.getLatitude() != null && form.getLongitude() != null) {
            return new Position(form.getLongitude(), form.getLatitude());
        }
        City city = cities.findById(form.getCityId()).orElseThrow(() -> new MatchRuleException("match.error.city", "cityId"));
        return Position.of(city.getLocation());
    }

    private ShownMatch shown(SiteMatch match, Locale locale) {
        return new ShownMatch(match, match.reasons().stream()
                .map(r -> new ShownReason(messages.getMessage(r.messageKey(), r.arguments().toArray(), locale), r.points(), r.weight()))
                .toList());
    }

    /** The need in words, carried into the message so that the organisation knows what is asked. */
    private String summary(MatchForm form, Locale locale) {
        StringJoiner need = new StringJoiner("; ");
        need.add(messages.getMessage("match.summary.radius", new Object[] {form.getRadiusKm()}, locale));
        if (form.getMinAreaM2() != null || form.getMaxAreaM2() != null) {
            need.add(messages.getMessage("match.summary.area", new Object[] {form.getMinAreaM2() == null ? "0" : form.getMinAreaM2(),
                    form.getMaxAreaM2() == null ? "…" : form.getMaxAreaM2()}, locale));
        }
        if (form.getMaxRent() != null) {
            need.add(messages.getMessage("match.summary.rent", new Object[] {form.getMaxRent()}, locale));
        }
        if (form.getUse() != null) {
            need.add(messages.getMessage("match.use." + form.getUse(), null, locale));
        }
        if (form.getNeededFrom() != null) {
            need.add(messages.getMessage("match.summary.from", new Object[] {form.getNeededFrom().toString()}, locale));
        }
        return need.toString();
    }
}
