package eu.cinema.actor.web;

import java.util.Locale;

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

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.actor.ActorKind;
import eu.cinema.actor.ActorPermissions;
import eu.cinema.actor.CiDomain;
import eu.cinema.actor.CreativeActor;
import eu.cinema.actor.CreativeActorService;
import eu.cinema.history.HistoryService;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.PartnerService;
import eu.cinema.region.CountryRepository;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/** Partner editors enter and keep up their own organisation's creative actors; administrators any. */
@Controller
@RequestMapping("/actors")
class ActorEditController {

    private static final String EDIT_VIEW = "actor/edit";

    private final CreativeActorService actors;
    private final CountryRepository countries;
    private final PartnerService partners;
    private final HistoryService history;
    private final ActorPermissions permissions;

    ActorEditController(CreativeActorService actors, CountryRepository countries, PartnerService partners,
            HistoryService history, ActorPermissions permissions) {
        this.actors = actors;
        this.countries = countries;
        this.partners = partners;
        this.history = history;
        this.permissions = permissions;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("actorForm", new ActorForm());
        return editView(null, model);
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("actorForm") ActorForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        return FormPost.of(result).submit(() -> {
            CreativeActor created = actors.create(form.toDetails(locale.getLanguage()), form.getOwnerPartnerId());
            return FormPost.saved(redirect, "/actors/" + created.getId(), Saved.of("form.createdNamed", created.getName()));
        }, () -> editView(null, model));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        CreativeActor actor = editable(id);
        model.addAttribute("actorForm", ActorForm.of(actor));
        return editView(actor, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("actorForm") ActorForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        CreativeActor actor = editable(id);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(actors.get(id).getVersion()))
                .submit(() -> {
                    actors.update(id, form.getVersion(), form.toDetails(locale.getLanguage()));
                    return FormPost.saved(redirect, "/actors/" + id, Saved.of("form.savedNamed", form.getName()));
                }, () -> editView(actor, model));
    }

    private CreativeActor editable(long id) {
        CreativeActor actor = actors.get(id);
        permissions.requireEdit(actor);
        return actor;
    }

    private String editView(CreativeActor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("segments", HelixSegment.values());
        model.addAttribute("partners", partners.all());
        // An editor links the actor to their own organisation or keeps the link an administrator made.
        PortalUser user = CurrentUser.require();
        Long linked = actor == null || actor.getPartner() == null ? null : actor.getPartner().getId();
        model.addAttribute("projectPartners", partners.all().stream().filter(partner -> user.isAdmin()
                || partner.getId().equals(user.getPartnerId()) || partner.getId().equals(linked)).toList());
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("domainValues", CiDomain.values());
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (actor != null) {
            model.addAttribute("history", history.historyOf(CreativeActor.class, actor.getId()));
        }
        return EDIT_VIEW;
    }
}
