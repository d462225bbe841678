package eu.cinema.plan.web;

import java.util.List;

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

import eu.cinema.common.NotFoundException;
import eu.cinema.plan.AnswerOutcome;
import eu.cinema.plan.Consultation;
import eu.cinema.plan.ConsultationComment;
import eu.cinema.plan.ConsultationService;
import eu.cinema.plan.ConsultationService.AnswerNotice;
import eu.cinema.plan.PlanService;
import eu.cinema.plan.PlanVersion;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;

/**
 * The plan editors' side of a consultation: opening it on their draft, changing its period or closing it early, and
 * the moderation page (new and reported comments, publishing and rejecting with a reason, answering). Every step is
 * checked by id in {@link ConsultationService}.
 */
@Controller
@RequestMapping("/plans/{id}")
class ConsultationEditController {

    private static final String MANAGE_VIEW = "plan/consultation-manage";

    private final ConsultationService consultations;
    private final PlanService plans;
    private final AnswerLetters letters;

    ConsultationEditController(ConsultationService consultations, PlanService plans, AnswerLetters letters) {
        this.consultations = consultations;
        this.plans = plans;
        this.letters = letters;
    }

    /** Opens a consultation on the draft; the edit page shows the form, and shows it again with what was refused. */
    @PostMapping("/versions/{number}/consultation")
    String open(@PathVariable long id, @PathVariable int number, @Valid @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return FormPost.of(result).submit(() -> {
            consultations.open(id, number, form.getVersion(), form.toDetails());
            return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.opened", number));
        }, () -> {
            model.addAttribute("plan", plans.getForEditing(id));
            model.addAttribute("draft", plans.version(id, number));
            return "plan/consultation-open";
        });
    }

    @GetMapping("/versions/{number}/consultation")
    String initOpenForm(@PathVariable long id, @PathVariable int number, Model model) {
        PlanVersion draft = plans.version(id, number);
        if (!draft.isDraft()) {
            throw new NotFoundException("plan draft", id + "/" + number);
        }
        model.addAttribute("plan", plans.getForEditing(id));
        model.addAttribute("draft", draft);
        ConsultationForm form = ConsultationForm.proposed(ConsultationService.today());
        form.setVersion(draft.getVersion());
        model.addAttribute("consultationForm", form);
        return "plan/consultation-open";
    }

    @GetMapping("/consultation/manage")
    String manage(@PathVariable long id, Model model) {
        return manageView(id, model);
    }

    @PostMapping("/consultation/{consultationId}")
    String change(@PathVariable long id, @PathVariable long consultationId,
            @Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(current(id).getVersion()))
                .submit(() -> {
                    consultations.change(id, consultationId, form.getVersion(), form.toDetails());
                    return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.changed").in("period-heading"));
                }, () -> manageView(id, model));
    }

    @PostMapping("/consultation/{consultationId}/close")
    String close(@PathVariable long id, @PathVariable long consultationId, @RequestParam long version, RedirectAttributes redirect) {
        consultations.closeNow(id, consultationId, version);
        return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.closed"));
    }

    @PostMapping("/consultation/comments/{commentId}/publish")
    String publish(@PathVariable long id, @PathVariable long commentId, @RequestParam long version, RedirectAttributes redirect) {
        consultations.publish(id, commentId, version);
        return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.published").in("waiting-heading"));
    }

    @PostMapping("/consultation/comments/{commentId}/keep")
    String keep(@PathVariable long id, @PathVariable long commentId, @RequestParam long version, RedirectAttributes redirect) {
        consultations.keep(id, commentId, version);
        return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.kept").in("waiting-heading"));
    }

    @PostMapping("/consultation/comments/{commentId}/reject")
    String reject(@PathVariable long id, @PathVariable long commentId, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        consultations.reject(id, commentId, version, reason);
        return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.rejected").in("waiting-heading"));
    }

    @PostMapping("/consultation/answers")
    String answer(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormPost.of(result).submit(() -> {
            List<AnswerNotice> told = consultations.answer(id, form.getCommentIds(), form.getActionId(), form.getOutcome(), form.getText());
            long mailed = letters.send(id, told);
            return FormPost.saved(redirect, manage(id), Saved.of("consultation.saved.answered", form.getCommentIds().size(), mailed)
                    .in("answer-heading"));
        }, () -> manageView(id, model));
    }

    private Consultation current(long id) {
        return consultations.latest(id).orElseThrow(() -> new NotFoundException("consultation of plan", id));
    }

    private String manageView(long id, Model model) {
        model.addAttribute("plan", plans.getForEditing(id));
        Consultation consultation = current(id);
        model.addAttribute("consultation", consultation);
        model.addAttribute("view", consultations.view(id));
        model.addAttribute("waiting", consultations.waiting(id));
        model.addAttribute("published", consultations.publishedForEditors(id));
        model.addAttribute("outcomes", AnswerOutcome.values());
        model.addAttribute("reasonLength", ConsultationComment.REASON_LENGTH);
        if (!model.containsAttribute("consultationForm")) {
            model.addAttribute("consultationForm", ConsultationForm.of(consultation));
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm());
        }
        return MANAGE_VIEW;
    }

    private static String manage(long id) {
        return "/plans/" + id + "/consultation/manage";
    }
}
