package eu.cinema.partner.web;

import jakarta.validation.Valid;

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
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerKind;
import eu.cinema.partner.PartnerRole;
import eu.cinema.partner.PartnerService;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.region.CityRepository;

/** Administrators correct and extend the partnership's reference data; every change is in its history. */
@Controller
@RequestMapping("/admin/partners/{id}")
class PartnerAdminController {

    private static final String EDIT_VIEW = "partner/edit";

    private final PartnerService partners;
    private final CityRepository cities;
    private final HistoryService history;

    PartnerAdminController(PartnerService partners, CityRepository cities, HistoryService history) {
        this.partners = partners;
        this.cities = cities;
        this.history = history;
    }

    @GetMapping("/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Partner partner = partners.get(id);
        model.addAttribute("partnerForm", PartnerForm.of(partner));
        return editView(partner, model);
    }

    @PostMapping
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return FormPost.of(result)
                // Keep the editor's input, show what the other person changed, and let a second save overwrite it knowingly.
                .onStaleEdit(() -> form.setVersion(partners.get(id).getVersion()))
                .submit(() -> {
                    partners.update(id, form.getVersion(), form.toDetails());
                    return FormPost.saved(redirect, "/partners/" + id, Saved.of("form.savedNamed", form.getNameEn()));
                }, () -> editView(partners.get(id), model));
    }

    private String editView(Partner partner, Model model) {
        model.addAttribute("partner", partner);
        model.addAttribute("cities", cities.findAllByOrderByCountryCodeAscNameEnAsc());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("segments", HelixSegment.values());
        model.addAttribute("history", history.historyOf(Partner.class, partner.getId()));
        return EDIT_VIEW;
    }
}
