package eu.cinema.legal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.NotFoundException;
import eu.cinema.legal.AccessibilityFeedback;
import eu.cinema.legal.LegalPage;
import eu.cinema.legal.LegalText;
import eu.cinema.legal.LegalTexts;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.PortalSettings;

/** Administrators write each legal page's text in each language, and read the accessibility feedback. */
@Controller
@RequestMapping("/admin")
class LegalTextController {

    private final LegalTexts texts;
    private final AccessibilityFeedback feedback;
    private final List<Locale> languages;

    LegalTextController(LegalTexts texts, AccessibilityFeedback feedback, PortalSettings settings) {
        this.texts = texts;
        this.feedback = feedback;
        this.languages = settings.languages();
    }

    /** Every page in every language, with when its text was last saved (or that it has none). */
    @GetMapping("/pages")
    String pages(Model model) {
        Map<LegalPage, List<Edition>> editions = new LinkedHashMap<>();
        for (LegalPage page : LegalPage.values()) {
            editions.put(page, languages.stream().map(language -> new Edition(language, texts.in(page, language).orElse(null))).toList());
        }
        model.addAttribute("editions", editions);
        return "legal/admin-pages";
    }

    @GetMapping("/pages/{slug}/{language}")
    String edit(@PathVariable String slug, @PathVariable String language, Model model) {
        LegalPage page = page(slug);
        Locale written = language(language);
        TextForm form = new TextForm();
        form.setBody(texts.in(page, written).map(LegalText::source).orElse(""));
        model.addAttribute("textForm", form);
        return editView(page, written, model);
    }

    @PostMapping("/pages/{slug}/{language}")
    String save(@PathVariable String slug, @PathVariable String language, @ModelAttribute("textForm") TextForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        LegalPage page = page(slug);
        Locale written = language(language);
        return FormPost.of(result).submit(() -> {
            texts.save(page, written, form.getBody());
            return FormPost.saved(redirect, "/admin/pages",
                    Saved.of("legal.saved", written.getDisplayName(locale)).in("page-" + page.getSlug()));
        }, () -> editView(page, written, model));
    }

    @GetMapping("/feedback")
    String feedback(Model model) {
        model.addAttribute("feedback", feedback.newest());
        return "legal/admin-feedback";
    }

    private String editView(LegalPage page, Locale written, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("written", written);
        model.addAttribute("maxLength", LegalTexts.MAX_LENGTH);
        return "legal/admin-edit";
    }

    private static LegalPage page(String slug) {
        return LegalPage.bySlug(slug).orElseThrow(() -> new NotFoundException("page", slug));
    }

    private Locale language(String tag) {
        return languages.stream().filter(candidate -> candidate.toLanguageTag().equals(tag)).findFirst()
                .orElseThrow(() -> new NotFoundException("language", tag));
    }

    /** One page's text in one language; {@code text} is null when there is none. */
    record Edition(Locale language, LegalText text) {
    }

    /** The text as the administrator typed it. */
    public static class TextForm {

        private String body;

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }
}
