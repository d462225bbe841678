package eu.cinema.toolkit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.history.HistoryService;
import eu.cinema.partner.PartnerService;
import eu.cinema.region.CityRepository;
import eu.cinema.region.CountryRepository;
import eu.cinema.storage.StoredFile;
import eu.cinema.storage.UploadRejectedException;
import eu.cinema.toolkit.TargetGroup;
import eu.cinema.toolkit.ToolCard;
import eu.cinema.toolkit.ToolFileRole;
import eu.cinema.toolkit.ToolFilter;
import eu.cinema.toolkit.ToolPermissions;
import eu.cinema.toolkit.ToolService;
import eu.cinema.toolkit.ToolTranslations;
import eu.cinema.translation.TranslationService;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/** The toolkit: the catalogue, each tool card with its files and ratings, and the editors' pages. */
@Controller
@RequestMapping("/toolkit")
class ToolController {

    private static final String EDIT_VIEW = "toolkit/edit";

    private final ToolService tools;
    private final CountryRepository countries;
    private final CityRepository cities;
    private final PartnerService partners;
    private final MessageSource messages;
    private final ToolPermissions permissions;
    private final HistoryService history;
    private final TranslationService translations;

    ToolController(ToolService tools, CountryRepository countries, CityRepository cities, PartnerService partners,
            MessageSource messages, ToolPermissions permissions, HistoryService history, TranslationService translations) {
        this.translations = translations;
        this.history = history;
        this.tools = tools;
        this.countries = countries;
        this.cities = cities;
        this.partners = partners;
        this.messages = messages;
        this.permissions = permissions;
    }

    @GetMapping
    String catalogue(@RequestParam(required = false) TargetGroup group, @RequestParam(defaultValue = "false") boolean startup,
            @RequestParam(required = false) String country, Locale locale, Model model) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        List<ToolCard> found = tools.find(new ToolFilter(group, startup, countryCode));
        model.addAttribute("tools", found);
        model.addAttribute("texts", translations.localizeAll(ToolTranslations.TYPE, found, ToolCard::getId, ToolTranslations::cardTexts,
                locale.getLanguage()));
        model.addAttribute("ratings", tools.ratingSummaries());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("selectedGroup", group);
        model.addAttribute("selectedStartup", startup);
        model.addAttribute("selectedCountry", countryCode);
        return "toolkit/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Locale locale, Model model) {
        ToolCard tool = tools.get(id);
        model.addAttribute("tool", tool);
        model.addAttribute("texts", translations.localize(ToolTranslations.TYPE, id, ToolTranslations.texts(tool), locale.getLanguage()));
        model.addAttribute("rating", tools.ratingSummary(id));
        model.addAttribute("ratingList", tools.ratingsOf(id));
        if (!model.containsAttribute("ratingForm")) {
            RatingForm form = new RatingForm();
            tools.myRating(id).ifPresent(mine -> {
                form.setStars(mine.getStars());
                form.setComment(mine.getComment());
            });
            model.addAttribute("ratingForm", form);
        }
        return "toolkit/detail";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable UUID fileId) {
        StoredFile file = tools.file(id, fileId);
        boolean image = file.getContentType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.getFilename()).build().toString())
                .cacheControl(CacheControl.noCache())
                .body(file.getContent());
    }

    @PostMapping("/{id}/ratings")
    String rate(@PathVariable long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect) {
        return FormPost.of(result).submit(() -> {
            tools.rate(id, form.getStars(), form.getComment());
            redirect.addFlashAttribute("rated", true);
            return "redirect:/toolkit/" + id + "#ratings";
        }, () -> detail(id, locale, model));
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        permissions.requireCreate();
        ToolForm form = new ToolForm();
        form.setPublished(true);
        model.addAttribute("toolForm", form);
        return editView(null, model);
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("toolForm") ToolForm form, BindingResult result, Model model, RedirectAttributes redirect,
            Locale locale) {
        return FormPost.of(result).submit(() -> {
            ToolCard created = tools.create(form.toDetails(locale.getLanguage()));
            return saved(created.getId(), redirect, Saved.of("form.createdNamed", created.getTitle()));
        }, () -> editView(null, model));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        ToolCard tool = tools.getForEditing(id);
        model.addAttribute("toolForm", ToolForm.of(tool));
        return editView(tool, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("toolForm") ToolForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        ToolCard tool = tools.getForEditing(id);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(tools.get(id).getVersion()))
                .submit(() -> {
                    tools.update(id, form.getVersion(), form.toDetails(locale.getLanguage()));
                    return saved(id, redirect, Saved.of("form.savedNamed", form.getTitle()));
                }, () -> editView(tool, model));
    }

    @PostMapping("/{id}/files")
    String addFile(@PathVariable long id, @RequestParam ToolFileRole role, @RequestParam(required = false) String label,
            @RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale) throws IOException {
        if (label != null && label.length() > 200) {
            redirect.addFlashAttribute("fileRefused", messages.getMessage("tool.error.label", null, locale));
            return "redirect:/toolkit/" + id + "/edit#files-heading";
        }
        try {
            tools.addFile(id, role, label, file.getOriginalFilename(), file.getBytes());
        } catch (UploadRejectedException refused) {
            redirect.addFlashAttribute("fileRefused", messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale));
            return "redirect:/toolkit/" + id + "/edit#files-heading";
        }
        return saved(id, redirect, Saved.of("tool.saved.fileAdded", file.getOriginalFilename()).in("files-heading"));
    }

    @PostMapping("/{id}/files/{fileId}/delete")
    String removeFile(@PathVariable long id, @PathVariable UUID fileId, RedirectAttributes redirect) {
        tools.removeFile(id, fileId);
        return saved(id, redirect, Saved.of("tool.saved.fileRemoved").in("files-heading"));
    }

    private static String saved(long id, RedirectAttributes redirect, Saved message) {
        return FormPost.saved(redirect, "/toolkit/" + id + "/edit", message);
    }

    private String editView(ToolCard tool, Model model) {
        model.addAttribute("tool", tool);
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("roles", ToolFileRole.values());
        model.addAttribute("partners", partners.all());
        model.addAttribute("cities", cities.findAllByOrderByCountryCodeAscNameEnAsc());
        model.addAttribute("pilotChoices", tools.pilotChoices(tool));
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (tool != null) {
            model.addAttribute("history", history.historyOf(ToolCard.class, tool.getId()));
        }
        return EDIT_VIEW;
    }
}
