package eu.cinema.plan.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.account.CurrentUser;
import eu.cinema.history.HistoryService;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.PartnerService;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotService;
import eu.cinema.plan.ActionPlan;
import eu.cinema.plan.Consultation;
import eu.cinema.plan.ConsultationService;
import eu.cinema.plan.ActionStatus;
import eu.cinema.plan.FundingSource;
import eu.cinema.plan.PlanAction;
import eu.cinema.plan.PlanPermissions;
import eu.cinema.plan.PlanService;
import eu.cinema.plan.PlanVersion;
import eu.cinema.region.CityRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/**
 * The editors' side of a plan: creating it, its draft's text and actions, starting a new draft
 * from the published version, and publishing. Every step is checked by id in {@link PlanService}.
 */
@Controller
@RequestMapping("/plans")
class PlanEditController {

    private static final String EDIT_VIEW = "plan/edit";
    private static final String ACTION_VIEW = "plan/action";

    private final PlanService plans;
    private final PartnerService partners;
    private final PilotService pilots;
    private final CityRepository cities;
    private final HistoryService history;
    private final PlanPermissions permissions;
    private final ConsultationService consultations;

    PlanEditController(PlanService plans, PartnerService partners, PilotService pilots, CityRepository cities,
            HistoryService history, PlanPermissions permissions, ConsultationService consultations) {
        this.plans = plans;
        this.partners = partners;
        this.pilots = pilots;
        this.cities = cities;
        this.history = history;
        this.permissions = permissions;
        this.consultations = consultations;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        permissions.requireCreate();
        PlanForm form = new PlanForm();
        form.setTheme(RoadmapTheme.EMPTY_FLOOR_SPACE);
        model.addAttribute("planForm", form);
        return newView(model);
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        return FormPost.of(result).checking(() -> PlanVersion.check(form.toDetails(locale.getLanguage()))).submit(() -> {
            ActionPlan plan = plans.create(form.toDetails(locale.getLanguage()), form.getOwnerPartnerId(), form.getCityId());
            return saved(plan.getId(), redirect, Saved.of("plan.saved.created", form.getTitle()));
        }, () -> newView(model));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        return editView(plans.getForEditing(id), model);
    }

    @PostMapping("/{id}/drafts")
    String startDraft(@PathVariable long id, RedirectAttributes redirect) {
        PlanVersion draft = plans.startDraft(id);
        return saved(id, redirect, Saved.of("plan.saved.draftStarted", draft.getNumber()));
    }

    /** Saves the draft's text; with {@code publish}, the text as typed is saved and published in one step. */
    @PostMapping("/{id}/versions/{number}")
    String saveDraft(@PathVariable long id, @PathVariable int number, @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result, @RequestParam(required = false) String publish, Model model, RedirectAttributes redirect,
            Locale locale) {
        ActionPlan plan = plans.getForEditing(id);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(plans.version(id, number).getVersion()))
                .checking(() -> PlanVersion.check(form.toDetails(locale.getLanguage())))
                .submit(() -> {
                    if (publish == null) {
                        plans.saveDraft(id, number, form.getVersion(), form.toDetails(locale.getLanguage()));
                        return saved(id, redirect, Saved.of("plan.saved.text", number).in("details-heading"));
                    }
                    plans.saveAndPublish(id, number, form.getVersion(), form.toDetails(locale.getLanguage()));
                    redirect.addFlashAttribute("published", true);
                    return "redirect:/plans/" + id;
                }, () -> editView(plan, model));
    }

    @GetMapping("/{id}/actions/new")
    String newAction(@PathVariable long id, Model model) {
        PlanVersion draft = plans.draftForEditing(id);
        model.addAttribute("actionForm", ActionForm.blank(draft.getVersion()));
        return actionView(draft, null, model);
    }

    @PostMapping("/{id}/versions/{number}/actions")
    String addAction(@PathVariable long id, @PathVariable int number, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PlanVersion draft = plans.draftForEditing(id);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(plans.version(id, number).getVersion()))
                .checking(() -> PlanAction.check(form.toDetails()))
                .submit(() -> {
                    plans.addAction(id, number, form.getVersion(), form.toDetails());
                    return saved(id, redirect, Saved.of("plan.saved.actionAdded", form.getTitle()).in("actions-heading"));
                }, () -> actionView(draft, null, model));
    }

    @PostMapping("/{id}/versions/{number}/discard")
    String discardDraft(@PathVariable long id, @PathVariable int number, @RequestParam long version, RedirectAttributes redirect) {
        plans.discardDraft(id, number, version);
        redirect.addFlashAttribute("discarded", number);
        return "redirect:/plans/" + id + "/edit";
    }

    @GetMapping("/{id}/actions/{actionId}/edit")
    String editAction(@PathVariable long id, @PathVariable long actionId, Model model) {
        PlanAction action = plans.actionForEditing(id, actionId);
        model.addAttribute("actionForm", ActionForm.of(action, action.getPlanVersion().getVersion()));
        return actionView(action.getPlanVersion(), action, model);
    }

    @PostMapping("/{id}/actions/{actionId}")
    String updateAction(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PlanAction action = plans.actionForEditing(id, actionId);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(plans.actionForEditing(id, actionId).getPlanVersion().getVersion()))
                .checking(() -> PlanAction.check(form.toDetails()))
                .submit(() -> {
                    plans.updateAction(id, actionId, form.getVersion(), form.toDetails());
                    return saved(id, redirect, Saved.of("plan.saved.actionUpdated", form.getTitle()).in("actions-heading"));
                }, () -> actionView(action.getPlanVersion(), action, model));
    }

    @PostMapping("/{id}/actions/{actionId}/delete")
    String removeAction(@PathVariable long id, @PathVariable long actionId, @RequestParam long version,
            RedirectAttributes redirect) {
        String title = plans.actionForEditing(id, actionId).getTitle();
        plans.removeAction(id, actionId, version);
        return saved(id, redirect, Saved.of("plan.saved.actionRemoved", title).in("actions-heading"));
    }

    private static String saved(long id, RedirectAttributes redirect, Saved message) {
        return FormPost.saved(redirect, "/plans/" + id + "/edit", message);
    }

    private String newView(Model model) {
        model.addAttribute("themes", RoadmapTheme.values());
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        model.addAttribute("partners", partners.all().stream().filter(p -> p.getSegment() == HelixSegment.PUBLIC_AUTHORITY).toList());
        // An editor plans for their own municipality's city, the first choice; administrators may choose another.
        model.addAttribute("cities", CurrentUser.require().isAdmin() ? cities.findAllByOrderByCountryCodeAscNameEnAsc() : List.of());
        return "plan/new";
    }

    /** The draft's forms (the one just submitted keeps its input and errors), the versions and the history. */
    private String editView(ActionPlan plan, Model model) {
        PlanVersion latest = plan.latest();
        model.addAttribute("plan", plan);
        model.addAttribute("latest", latest);
        model.addAttribute("versions", plans.versionsOf(plan.getId()));
        if (latest.isDraft()) {
            if (!model.containsAttribute("planForm")) {
                model.addAttribute("planForm", PlanForm.of(latest));
            }
            model.addAttribute("history", history.historyOf(PlanVersion.class, latest.getId()));
            model.addAttribute("actionHistory", history.historyOfAll(PlanAction.class, "planVersion", latest.getId()));
        }
        Consultation consultation = consultations.latest(plan).orElse(null);
        model.addAttribute("consultation", consultation);
        model.addAttribute("consultationWaiting", consultation == null ? 0 : consultations.waiting(plan.getId()).size());
        model.addAttribute("mayOpenConsultation", latest.isDraft()
                && (consultation == null || consultation.hasEnded(ConsultationService.today())));
        model.addAttribute("themes", RoadmapTheme.values());
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        return EDIT_VIEW;
    }

    /** The page of one action of the draft: a new one when {@code action} is null. */
    private String actionView(PlanVersion draft, PlanAction action, Model model) {
        ActionPlan plan = draft.getPlan();
        model.addAttribute("draft", draft);
        model.addAttribute("action", action);
        model.addAttribute("plan", plan);
        if (action != null) {
            model.addAttribute("history", history.historyOf(PlanAction.class, action.getId()));
        }
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("siteChoices", plans.siteChoices(plan));
        model.addAttribute("pilotChoices", pilots.find(new PilotFilter(plan.getCity().getCountry().getCode(), null, null, null, null)));
        return ACTION_VIEW;
    }
}
