package eu.cinema.plan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.pilot.Pilot;
import eu.cinema.plan.ActionPlan;
import eu.cinema.plan.ConsultationReport;
import eu.cinema.plan.ConsultationService;
import eu.cinema.plan.PlanAction;
import eu.cinema.plan.PlanFilter;
import eu.cinema.plan.PlanService;
import eu.cinema.plan.PlanState;
import eu.cinema.plan.PlanTranslations;
import eu.cinema.plan.PlanVersion;
import eu.cinema.region.CountryRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.site.Site;
import eu.cinema.translation.LocalizedTexts;
import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslationService;
import eu.cinema.web.PublicUrl;
import eu.cinema.web.rendering.AtomFeed;
import eu.cinema.web.rendering.PdfRenderer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public side of local action plans: the list, a plan in its current published version, any
 * earlier version, what changed between two versions, the printable PDF and the Atom feed.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

    private final PlanService plans;
    private final CountryRepository countries;
    private final PdfRenderer pdfs;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();
    private final PublicUrl publicUrl;

    private final ConsultationService consultations;
    private final TranslationService translations;

    PlanController(PlanService plans, CountryRepository countries, PdfRenderer pdfs, MessageSource messages,
            PublicUrl publicUrl, ConsultationService consultations, TranslationService translations) {
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.consultations = consultations;
        this.plans = plans;
        this.countries = countries;
        this.pdfs = pdfs;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) RoadmapTheme theme,
            @RequestParam(required = false) PlanState status, Model model) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        PlanFilter filter = new PlanFilter(countryCode, theme, status);
        model.addAttribute("versions", plans.find(filter));
        // An editor's own drafts come first, so that an unfinished plan is continued rather than started again.
        model.addAttribute("myDrafts", status == null ? plans.find(new PlanFilter(null, null, PlanState.DRAFT)) : List.of());
        model.addAttribute("openConsultations", consultations.openNow());
        model.addAttribute("selected", filter);
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("themes", RoadmapTheme.values());
        return "plan/list";
    }

    @GetMapping("/{id}")
    String current(@PathVariable long id, Locale locale, Model model) {
        return show(plans.shown(id), locale, model);
    }

    @GetMapping("/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Locale locale, Model model) {
        return show(plans.version(id, number), locale, model);
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("comparison", plans.compare(id, from, to));
        return "plan/compare";
    }

    @GetMapping({"/{id}/plan.pdf", "/{id}/versions/{number}/plan.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable(required = false) Integer number, Locale locale) {
        PlanVersion version = number == null ? plans.shown(id) : plans.version(id, number);
        Map<String, Object> pdfModel = new HashMap<>(Map.of("version", version, "texts", texts(version, locale)));
        consultations.reportFor(version).ifPresent(report -> pdfModel.put("report", report));
        byte[] pdf = pdfs.render("plan/pdf", pdfModel, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("cinema-plan-" + id + "-v" + version.getNumber() + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        String base = publicUrl.base();
        List<PlanVersion> publications = plans.newestPublications();
        Map<Long, ConsultationReport> reports = consultations.reportsFor(publications);
        List<AtomFeed.Entry> entries = publications.stream().map(version -> {
            String page = base + "/plans/" + version.getPlan().getId() + "/versions/" + version.getNumber();
            // Each version's own texts, in the reader's language where translated (one statement per entry: the feed holds
            // a few); else a reader of another language gets the English summary where the plan offers one.
            LocalizedTexts texts = translations.localizeExactly(PlanTranslations.TYPE, version.getPlan().getId(),
                    PlanTranslations.sectionTexts(version), locale.getLanguage());
            boolean translated = version.getSummary() != null && locale.getLanguage().equals(texts.lang("summary"));
            boolean english = !translated && version.getSummaryEn() != null && !locale.getLanguage().equals(version.getLang());
            String summary = english ? version.getSummaryEn() : texts.text("summary");
            // The consultation's report travels with the version that answered it; the rest is on the page.
            ConsultationReport consulted = reports.get(version.getId());
            String report = consulted == null ? null : messages.getMessage("consultation.report.feed", new Object[] {
                consulted.consultedNumber(), consulted.comments(), consulted.commenters(), consulted.supports(),
                consulted.answers().size()}, locale);
            return new AtomFeed.Entry(page, texts.text("title"), version.getPublishedAt(), version.getPublishedAt(), page,
                    version.getPlan().getOwnerPartner().getNameEn(), report == null ? summary : (summary == null ? "" : summary + "\n\n") + report,
                    english ? "en" : texts.lang("summary"));
        }).toList();
        return AtomFeed.response(
                messages.getMessage("feed.plans.title", null, locale), base + "/plans/feed.atom", base + "/plans", entries);
    }

    private String show(PlanVersion version, Locale locale, Model model) {
        ActionPlan plan = version.getPlan();
        model.addAttribute("version", version);
        model.addAttribute("texts", texts(version, locale));
        model.addAttribute("plan", plan);
        model.addAttribute("versions", plans.versionsOf(plan.getId()));
        ConsultationService.Around consultation = consultations.around(version);
        model.addAttribute("report", consultation.report());
        model.addAttribute("openConsultation", consultation.open());
        model.addAttribute("mapPoints", json.writeValueAsString(mapPoints(version)));
        return "plan/detail";
    }

    /**
     * A version's texts in the reader's language: the published version's with every translation of them (marked where
     * its original has changed since), any other version's only with translations made from exactly its texts.
     */
    private LocalizedTexts texts(PlanVersion version, Locale locale) {
        long plan = version.getPlan().getId();
        List<OriginalText> texts = PlanTranslations.texts(version);
        return version.getState() == PlanState.PUBLISHED ? translations.localize(PlanTranslations.TYPE, plan, texts, locale.getLanguage())
                : translations.localizeExactly(PlanTranslations.TYPE, plan, texts, locale.getLanguage());
    }

    /** The plan's located actions, and the public sites and the pilots its actions link to, for its small map. */
    private static List<Map<String, Object>> mapPoints(PlanVersion version) {
        Map<String, Map<String, Object>> points = new LinkedHashMap<>();
        for (PlanAction action : version.getActions()) {
            if (action.getLocation() != null) {
                points.put("action-" + action.getId(), point(action.getTitle(), "retail", action.getLocation().getY(), action.getLocation().getX()));
            }
            for (Site site : action.getSites()) {
                if (site.isPublic()) {
                    points.putIfAbsent("site-" + site.getId(), point(site.getName(), "sites", site.getLocation().getY(), site.getLocation().getX()));
                }
            }
            for (Pilot pilot : action.getPilots()) {
                points.putIfAbsent("pilot-" + pilot.getId(), point(pilot.getTitle(), "retail", pilot.getLocation().getY(), pilot.getLocation().getX()));
            }
        }
        return new ArrayList<>(points.values());
    }

    private static Map<String, Object> point(String name, String layer, double lat, double lon) {
        return Map.of("name", name, "layer", layer, "lat", lat, "lon", lon);
    }
}
