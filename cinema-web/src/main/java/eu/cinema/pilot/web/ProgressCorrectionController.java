package eu.cinema.pilot.web;

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

import eu.cinema.history.HistoryService;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.progress.Indicator;
import eu.cinema.pilot.progress.IndicatorValue;
import eu.cinema.pilot.progress.Milestone;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/**
 * Correcting a pilot's progress: an update (and the values it logged), a milestone or an indicator, each on a page of
 * its own with its history; or withdrawing it with a reason. Nothing is deleted, and the figures follow at once.
 */
@Controller
@RequestMapping("/pilots/{id}")
class ProgressCorrectionController {

    private static final String VIEW = "pilot/correct";

    private final PilotService pilots;
    private final ProgressService progress;
    private final HistoryService history;

    ProgressCorrectionController(PilotService pilots, ProgressService progress, HistoryService history) {
        this.pilots = pilots;
        this.progress = progress;
        this.history = history;
    }

    @GetMapping("/updates/{updateId}")
    String initUpdateCorrection(@PathVariable long id, @PathVariable long updateId, Model model) {
        return updateView(progress.updateForEditing(id, updateId), model);
    }

    @PostMapping("/updates/{updateId}")
    String correctUpdate(@PathVariable long id, @PathVariable long updateId, @Valid @ModelAttribute UpdateCorrectionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        ProgressUpdate update = progress.updateForEditing(id, updateId);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(progress.updateForEditing(id, updateId).getVersion()))
                .submit(() -> {
                    progress.correctUpdate(id, updateId, form.getVersion(), form.toCorrection(locale.getLanguage()));
                    return saved(id, "updates-heading", Saved.of("pilot.saved.updateCorrected"), redirect);
                }, () -> updateView(update, model));
    }

    @PostMapping("/updates/{updateId}/withdraw")
    String withdrawUpdate(@PathVariable long id, @PathVariable long updateId, @Valid @ModelAttribute WithdrawForm withdrawForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ProgressUpdate update = progress.updateForEditing(id, updateId);
        return FormPost.of(result).submit(() -> {
            progress.withdrawUpdate(id, updateId, withdrawForm.getVersion(), withdrawForm.getReason());
            return saved(id, "updates-heading", Saved.of("pilot.saved.updateWithdrawn"), redirect);
        }, () -> updateView(update, model));
    }

    @PostMapping("/updates/{updateId}/values/{valueId}/withdraw")
    String withdrawValue(@PathVariable long id, @PathVariable long updateId, @PathVariable long valueId,
            @Valid @ModelAttribute WithdrawForm withdrawForm, BindingResult result, Model model, RedirectAttributes redirect) {
        ProgressUpdate update = progress.updateForEditing(id, updateId);
        return FormPost.of(result).submit(() -> {
            progress.withdrawValue(id, valueId, withdrawForm.getVersion(), withdrawForm.getReason());
            redirect.addFlashAttribute(FormPost.SAVED, Saved.of("pilot.saved.valueWithdrawn"));
            return "redirect:/pilots/" + id + "/updates/" + updateId;
        }, () -> updateView(update, model));
    }

    @GetMapping("/milestones/{milestoneId}")
    String initMilestoneCorrection(@PathVariable long id, @PathVariable long milestoneId, Model model) {
        return milestoneView(progress.milestoneForEditing(id, milestoneId), model);
    }

    @PostMapping("/milestones/{milestoneId}")
    String correctMilestone(@PathVariable long id, @PathVariable long milestoneId, @Valid @ModelAttribute MilestoneForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Milestone milestone = progress.milestoneForEditing(id, milestoneId);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(progress.milestoneForEditing(id, milestoneId).getVersion()))
                .submit(() -> {
                    progress.correctMilestone(id, milestoneId, form.getVersion(), form.getMilestoneTitle(), form.getDueOn(), form.getWeight());
                    return saved(id, "milestones-heading", Saved.of("form.savedNamed", form.getMilestoneTitle()), redirect);
                }, () -> milestoneView(milestone, model));
    }

    @PostMapping("/milestones/{milestoneId}/withdraw")
    String withdrawMilestone(@PathVariable long id, @PathVariable long milestoneId, @Valid @ModelAttribute WithdrawForm withdrawForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Milestone milestone = progress.milestoneForEditing(id, milestoneId);
        return FormPost.of(result).submit(() -> {
            progress.withdrawMilestone(id, milestoneId, withdrawForm.getVersion(), withdrawForm.getReason());
            return saved(id, "milestones-heading", Saved.of("pilot.saved.withdrawn", milestone.getTitle()), redirect);
        }, () -> milestoneView(milestone, model));
    }

    /** A milestone that will not be reached is closed with the reason, so that the pilot can be completed. */
    @PostMapping("/milestones/{milestoneId}/close")
    String closeMilestone(@PathVariable long id, @PathVariable long milestoneId, @Valid @ModelAttribute MilestoneClosingForm closingForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Milestone milestone = progress.milestoneForEditing(id, milestoneId);
        return FormPost.of(result).submit(() -> {
            progress.closeMilestone(id, milestoneId, closingForm.getVersion(), closingForm.getClosingReason());
            return saved(id, "milestones-heading", Saved.of("pilot.saved.milestoneClosed", milestone.getTitle()), redirect);
        }, () -> milestoneView(milestone, model));
    }

    @GetMapping("/indicators/{indicatorId}")
    String initIndicatorCorrection(@PathVariable long id, @PathVariable long indicatorId, Model model) {
        return indicatorView(progress.indicatorForEditing(id, indicatorId), model);
    }

    @PostMapping("/indicators/{indicatorId}")
    String correctIndicator(@PathVariable long id, @PathVariable long indicatorId, @Valid @ModelAttribute IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Indicator indicator = progress.indicatorForEditing(id, indicatorId);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(progress.indicatorForEditing(id, indicatorId).getVersion()))
                .submit(() -> {
                    progress.correctIndicator(id, indicatorId, form.getVersion(), form.getName(), form.getUnit(), form.getBaseline(),
                            form.getTarget());
                    return saved(id, "indicators-heading", Saved.of("form.savedNamed", form.getName()), redirect);
                }, () -> indicatorView(indicator, model));
    }

    @PostMapping("/indicators/{indicatorId}/withdraw")
    String withdrawIndicator(@PathVariable long id, @PathVariable long indicatorId, @Valid @ModelAttribute WithdrawForm withdrawForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Indicator indicator = progress.indicatorForEditing(id, indicatorId);
        return FormPost.of(result).submit(() -> {
            progress.withdrawIndicator(id, indicatorId, withdrawForm.getVersion(), withdrawForm.getReason());
            return saved(id, "indicators-heading", Saved.of("pilot.saved.withdrawn", indicator.getName()), redirect);
        }, () -> indicatorView(indicator, model));
    }

    private String updateView(ProgressUpdate update, Model model) {
        model.addAttribute("kind", "update");
        model.addAttribute("pilot", pilots.get(update.getPilot().getId()));
        model.addAttribute("update", update);
        model.addAttribute("values", progress.valuesOf(update));
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (!model.containsAttribute("updateCorrectionForm")) {
            model.addAttribute("updateCorrectionForm", UpdateCorrectionForm.of(update, progress.valuesOf(update)));
        }
        model.addAttribute("history", history.historyOf(ProgressUpdate.class, update.getId()));
        model.addAttribute("valueHistory", history.historyOfAll(IndicatorValue.class, "update", update.getId()));
        return withWithdrawForm(update.getVersion(), model);
    }

    private String milestoneView(Milestone milestone, Model model) {
        model.addAttribute("kind", "milestone");
        model.addAttribute("pilot", pilots.get(milestone.getPilot().getId()));
        model.addAttribute("milestone", milestone);
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", MilestoneForm.of(milestone));
        }
        model.addAttribute("history", history.historyOf(Milestone.class, milestone.getId()));
        if (!model.containsAttribute("milestoneClosingForm")) {
            model.addAttribute("milestoneClosingForm", MilestoneClosingForm.of(milestone.getVersion()));
        }
        return withWithdrawForm(milestone.getVersion(), model);
    }

    private String indicatorView(Indicator indicator, Model model) {
        model.addAttribute("kind", "indicator");
        model.addAttribute("pilot", pilots.get(indicator.getPilot().getId()));
        model.addAttribute("indicator", indicator);
        if (!model.containsAttribute("indicatorForm")) {
            model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
        }
        model.addAttribute("history", history.historyOf(Indicator.class, indicator.getId()));
        return withWithdrawForm(indicator.getVersion(), model);
    }

    private static String withWithdrawForm(long version, Model model) {
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", WithdrawForm.of(version));
        }
        return VIEW;
    }

    private static String saved(long id, String section, Saved message, RedirectAttributes redirect) {
        return FormPost.saved(redirect, "/pilots/" + id + "/edit", message.in(section));
    }
}
