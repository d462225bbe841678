package eu.cinema.site.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.history.HistoryService;
import eu.cinema.partner.PartnerService;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.Ownership;
import eu.cinema.site.Site;
import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SitePermissions;
import eu.cinema.site.SiteRules;
import eu.cinema.site.SiteService;
import eu.cinema.site.SiteStatus;
import eu.cinema.site.Vacancy;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/** Partner editors enter and keep up their own organisation's sites; administrators any. */
@Controller
@RequestMapping("/sites")
class SiteEditController {

    private static final String EDIT_VIEW = "site/edit";

    private final SiteService sites;
    private final CountryRepository countries;
    private final PartnerService partners;
    private final HistoryService history;
    private final SitePermissions permissions;
    private final SiteRules rules;

    SiteEditController(SiteService sites, CountryRepository countries, PartnerService partners, HistoryService history,
            SitePermissions permissions, SiteRules rules) {
        this.rules = rules;
        this.sites = sites;
        this.countries = countries;
        this.partners = partners;
        this.history = history;
        this.permissions = permissions;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("siteForm", SiteForm.blank());
        return editView(null, model);
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        rules.check(form, result);
        return FormPost.of(result).submit(() -> {
            Site created = sites.create(form.toDetails(locale.getLanguage()), form.getOwnerPartnerId());
            return FormPost.saved(redirect, "/sites/" + created.getId(), Saved.of("form.createdNamed", created.getName()));
        }, () -> editView(null, model));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Site site = editable(id);
        model.addAttribute("siteForm", SiteForm.of(site));
        return editView(site, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Locale locale) {
        Site site = editable(id);
        rules.check(form, result);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(sites.getForEditing(id).getVersion()))
                .submit(() -> {
                    sites.update(id, form.getVersion(), form.toDetails(locale.getLanguage()));
                    return FormPost.saved(redirect, site.isPublic() ? "/sites/" + id : "/sites/" + id + "/edit", Saved.of("form.savedNamed", form.getName()));
                }, () -> editView(site, model));
    }

    /** A site's own editors reach its form; its moderators too while it is a proposal, to correct it before publishing. */
    private Site editable(long id) {
        Site site = sites.getForEditing(id);
        permissions.requireEdit(site);
        return site;
    }

    private String editView(Site site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("countries", countries.allByName(LocaleContextHolder.getLocale()));
        model.addAttribute("partners", partners.all());
        model.addAttribute("kinds", SiteKind.values());
        model.addAttribute("ownerships", Ownership.values());
        model.addAttribute("conditions", SiteCondition.values());
        model.addAttribute("vacancies", Vacancy.values());
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (site != null) {
            model.addAttribute("history", history.historyOf(Site.class, site.getId()));
        }
        return EDIT_VIEW;
    }
}
