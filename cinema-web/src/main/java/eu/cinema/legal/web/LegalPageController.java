package eu.cinema.legal.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.NotFoundException;
import eu.cinema.legal.AccessibilityFeedback;
import eu.cinema.legal.LegalPage;
import eu.cinema.legal.LegalSettings;
import eu.cinema.legal.LegalTexts;
import eu.cinema.partner.PartnerFilter;
import eu.cinema.partner.PartnerRole;
import eu.cinema.partner.PartnerService;
import eu.cinema.privacy.PrivacyService;
import eu.cinema.web.FormPost;
import eu.cinema.web.PortalSettings;
import eu.cinema.web.security.AddressRateLimit;
import eu.cinema.web.security.SharedCounters;

/**
 * The privacy notice, the legal notice, the contact page and the accessibility statement, with its feedback form:
 * what the portal knows itself (the lead partner, the retention periods, the contact person) around the text the
 * administrators write for each language.
 */
@Controller
@EnableConfigurationProperties(LegalSettings.class)
class LegalPageController {

    private static final String VIEW = "legal/page";
    private static final int FEEDBACK_PER_ADDRESS_PER_HOUR = 5;

    private final LegalTexts texts;
    private final LegalSettings settings;
    private final PartnerService partners;
    private final PrivacyService privacy;
    private final AccessibilityFeedback feedback;
    private final PortalSettings portal;
    private final AddressRateLimit rateLimit;

    LegalPageController(LegalTexts texts, LegalSettings settings, PartnerService partners, PrivacyService privacy,
            AccessibilityFeedback feedback, PortalSettings portal, SharedCounters counters) {
        this.texts = texts;
        this.settings = settings;
        this.partners = partners;
        this.privacy = privacy;
        this.feedback = feedback;
        this.portal = portal;
        this.rateLimit = new AddressRateLimit(counters, "accessibility-feedback", FEEDBACK_PER_ADDRESS_PER_HOUR, Duration.ofHours(1));
    }

    @GetMapping("/{slug:privacy|legal-notice|contact|accessibility}")
    String page(@PathVariable String slug, Model model, Locale locale) {
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", new FeedbackForm());
        }
        return view(LegalPage.bySlug(slug).orElseThrow(() -> new NotFoundException("page", slug)), model, locale);
    }

    @PostMapping("/accessibility")
    String sendFeedback(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Model model,
            HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        if (form.filledByRobot()) {
            // Robots are told the same as people, so they learn nothing from the answer.
            redirect.addFlashAttribute("feedbackSent", 0L);
            return "redirect:/accessibility#feedback";
        }
        if (!result.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
            result.reject("legal.feedback.tooMany");
        }
        return FormPost.of(result).submit(() -> {
            redirect.addFlashAttribute("feedbackSent", feedback.receive(form.toMessage(), locale, portal.defaultLanguage()));
            return "redirect:/accessibility#feedback";
        }, () -> view(LegalPage.ACCESSIBILITY, model, locale));
    }

    private String view(LegalPage page, Model model, Locale locale) {
        model.addAttribute("page", page);
        model.addAttribute("text", texts.forReader(page, locale).orElse(null));
        model.addAttribute("legal", settings);
        model.addAttribute("lead", partners.find(new PartnerFilter(null, PartnerRole.LEAD_PARTNER)).stream().findFirst().orElse(null));
        model.addAttribute("retentions", privacy.retentions());
        return VIEW;
    }
}
