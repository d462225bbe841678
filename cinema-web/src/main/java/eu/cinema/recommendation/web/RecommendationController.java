package eu.cinema.recommendation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.history.HistoryService;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotService;
import eu.cinema.plan.PlanFilter;
import eu.cinema.plan.PlanService;
import eu.cinema.recommendation.PolicyRecommendation;
import eu.cinema.recommendation.RecommendationLevel;
import eu.cinema.recommendation.RecommendationService;
import eu.cinema.recommendation.RecommendationTopic;
import eu.cinema.recommendation.RecommendationTranslations;
import eu.cinema.translation.LocalizedTexts;
import eu.cinema.translation.TranslationService;
import eu.cinema.region.CountryRepository;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;
import eu.cinema.web.rendering.PdfRenderer;

/** The library of policy recommendations with a PDF brief each; administrators write them under /admin. */
@Controller
class RecommendationController {

    private static final String EDIT_VIEW = "recommendation/edit";

    private final RecommendationService recommendations;
    private final CountryRepository countries;
    private final PilotService pilots;
    private final PlanService plans;
    private final PdfRenderer pdfs;
    private final HistoryService history;
    private final TranslationService translations;

    RecommendationController(RecommendationService recommendations, CountryRepository countries, PilotService pilots,
            PlanService plans, PdfRenderer pdfs, HistoryService history, TranslationService translations) {
        this.translations = translations;
        this.history = history;
        this.recommendations = recommendations;
        this.countries = countries;
        this.pilots = pilots;
        this.plans = plans;
        this.pdfs = pdfs;
    }

    @GetMapping("/recommendations")
    String library(@RequestParam(required = false) RecommendationLevel level, @RequestParam(required = false) RecommendationTopic topic,
            @RequestParam(required = false) String country, Locale locale, Model model) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        List<PolicyRecommendation> found = recommendations.find(level, topic, countryCode);
        model.addAttribute("recommendations", found);
        model.addAttribute("texts", translations.localizeAll(RecommendationTranslations.TYPE, found, PolicyRecommendation::getId,
                RecommendationTranslations::texts, locale.getLanguage()));
        model.addAttribute("levels", RecommendationLevel.values());
        model.addAttribute("topics", RecommendationTopic.values());
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("selectedLevel", level);
        model.addAttribute("selectedTopic", topic);
        model.addAttribute("selectedCountry", countryCode);
        return "recommendation/list";
    }

    @GetMapping("/recommendations/{id}")
    String detail(@PathVariable long id, Locale locale, Model model) {
        PolicyRecommendation recommendation = recommendations.get(id);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("texts", texts(recommendation, locale));
        return "recommendation/detail";
    }

    private LocalizedTexts texts(PolicyRecommendation recommendation, Locale locale) {
        return translations.localize(RecommendationTranslations.TYPE, recommendation.getId(), RecommendationTranslations.texts(recommendation),
                locale.getLanguage());
    }

    @GetMapping("/recommendations/{id}/brief.pdf")
    ResponseEntity<byte[]> brief(@PathVariable long id, Locale locale) {
        PolicyRecommendation recommendation = recommendations.get(id);
        byte[] pdf = pdfs.render("recommendation/pdf", Map.of("recommendation", recommendation, "texts", texts(recommendation, locale)), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("cinema-recommendation-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/admin/recommendations/new")
    String initCreationForm(Model model) {
        model.addAttribute("recommendationForm", new RecommendationForm());
        return editView(null, model);
    }

    @PostMapping("/admin/recommendations")
    String processCreationForm(@Valid @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        return FormPost.of(result).submit(() -> {
            PolicyRecommendation created = recommendations.create(form.toDetails(locale.getLanguage()));
            return FormPost.saved(redirect, "/recommendations/" + created.getId(), Saved.of("form.createdNamed", created.getTitle()));
        }, () -> editView(null, model));
    }

    @GetMapping("/admin/recommendations/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        PolicyRecommendation recommendation = recommendations.get(id);
        model.addAttribute("recommendationForm", RecommendationForm.of(recommendation));
        return editView(recommendation, model);
    }

    @PostMapping("/admin/recommendations/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(recommendations.get(id).getVersion()))
                .submit(() -> {
                    recommendations.update(id, form.getVersion(), form.toDetails(locale.getLanguage()));
                    return FormPost.saved(redirect, "/recommendations/" + id, Saved.of("form.savedNamed", form.getTitle()));
                }, () -> editView(recommendations.get(id), model));
    }

    private String editView(PolicyRecommendation recommendation, Model model) {
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("levels", RecommendationLevel.values());
        model.addAttribute("topics", RecommendationTopic.values());
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("pilotChoices", pilots.find(new PilotFilter(null, null, null, null, null)));
        model.addAttribute("planChoices", plans.find(new PlanFilter(null, null, null)));
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (recommendation != null) {
            model.addAttribute("history", history.historyOf(PolicyRecommendation.class, recommendation.getId()));
        }
        return EDIT_VIEW;
    }
}
