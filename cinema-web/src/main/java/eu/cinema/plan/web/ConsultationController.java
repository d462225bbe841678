package eu.cinema.plan.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.TooManyRequestsException;
import eu.cinema.plan.ConsultationComment;
import eu.cinema.plan.ConsultationService;
import eu.cinema.plan.ConsultationView;
import eu.cinema.plan.PlanAction;
import eu.cinema.plan.PlanSection;
import eu.cinema.web.FormPost;
import eu.cinema.web.security.AddressRateLimit;
import eu.cinema.web.security.SharedCounters;

/**
 * A plan's consultation for the public: the consulted text with what people said and the answers, the comment form
 * while it is open, a support per action and device, and a report button on every published comment. A honeypot
 * field and per-address limits keep robots and floods out.
 */
@Controller
class ConsultationController {

    private static final String PAGE = "/plans/{id}/consultation";
    /** The device cookie that counts supports without accounts; it holds a random value and nothing else. */
    static final String DEVICE_COOKIE = "cinema_device";
    private static final int DEVICE_COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsultationService consultations;
    private final AddressRateLimit commentLimit;
    private final AddressRateLimit supportLimit;
    private final AddressRateLimit reportLimit;

    ConsultationController(ConsultationService consultations, ConsultationSettings settings, SharedCounters counters) {
        this.consultations = consultations;
        this.commentLimit = new AddressRateLimit(counters, "plan-comment", settings.commentsPerAddressPerHour(), Duration.ofHours(1));
        this.supportLimit = new AddressRateLimit(counters, "plan-support", settings.supportsPerAddressPerHour(), Duration.ofHours(1));
        this.reportLimit = new AddressRateLimit(counters, "plan-comment-report", settings.reportsPerAddressPerHour(), Duration.ofHours(1));
    }

    @GetMapping(PAGE)
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm());
        }
        return view(id, model);
    }

    @PostMapping(PAGE + "/comments")
    String processCommentForm(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            Model model, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        if (form.filledByRobot()) {
            // Robots are thanked as people are, so they learn little from the answer.
            redirect.addFlashAttribute("commented", "PENDING");
            return "redirect:/plans/" + id + "/consultation";
        }
        if (!form.isConsent()) {
            result.rejectValue("consent", "consultation.error.consent");
        }
        if (!result.hasErrors() && !commentLimit.tryAcquire(request.getRemoteAddr())) {
            result.reject("consultation.error.tooMany");
        }
        return FormPost.of(result).checking(() -> ConsultationService.check(form.toDraft(locale.toLanguageTag()))).submit(() -> {
            ConsultationComment comment = consultations.comment(id, form.toDraft(locale.toLanguageTag()));
            redirect.addFlashAttribute("commented", comment.getState().name());
            return "redirect:/plans/" + id + "/consultation#comment-heading";
        }, () -> view(id, model));
    }

    @PostMapping(PAGE + "/actions/{actionId}/support")
    String support(@PathVariable long id, @PathVariable long actionId, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!supportLimit.tryAcquire(request.getRemoteAddr())) {
            throw new TooManyRequestsException("consultation.error.tooMany");
        }
        long supports = consultations.support(id, actionId, device(request, response));
        redirect.addFlashAttribute("supported", actionId);
        redirect.addFlashAttribute("supports", supports);
        return "redirect:/plans/" + id + "/consultation#action-" + actionId;
    }

    @PostMapping(PAGE + "/comments/{commentId}/report")
    String report(@PathVariable long id, @PathVariable long commentId, HttpServletRequest request, RedirectAttributes redirect) {
        if (!reportLimit.tryAcquire(request.getRemoteAddr())) {
            throw new TooManyRequestsException("consultation.error.tooMany");
        }
        consultations.report(id, commentId);
        redirect.addFlashAttribute("reported", commentId);
        return "redirect:/plans/" + id + "/consultation#comment-" + commentId;
    }

    /** The published comments and answers as open data: no addresses, no comment waiting for moderation. */
    @GetMapping(value = PAGE + ".json", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> openData(@PathVariable long id) {
        ConsultationView view = consultations.view(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plan", id);
        body.put("version", view.version().getNumber());
        body.put("opensOn", view.consultation().getOpensOn().toString());
        body.put("closesOn", view.consultation().getClosesOn().toString());
        body.put("introduction", view.consultation().getIntroduction());
        body.put("comments", view.commentsByTarget().values().stream().flatMap(List::stream).map(ConsultationController::comment).toList());
        body.put("answers", view.answers().stream().map(answer -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", answer.getId());
            row.put("action", answer.getPlanAction() == null ? null : answer.getPlanAction().getActionKey().toString());
            row.put("outcome", answer.getOutcome().name());
            row.put("text", answer.getText());
            return row;
        }).toList());
        body.put("supports", view.version().getActions().stream().map(action -> Map.of(
                "action", action.getActionKey().toString(), "title", action.getTitle(), "supports", view.supportsOf(action))).toList());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> comment(ConsultationComment comment) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", comment.getId());
        row.put("writtenAt", comment.getCreatedAt().toString());
        row.put("author", comment.getAuthorName());
        row.put("section", comment.getSection() == null ? null : comment.getSection().name());
        row.put("action", comment.getPlanAction() == null ? null : comment.getPlanAction().getActionKey().toString());
        row.put("text", comment.getText());
        row.put("answer", comment.getAnswer() == null ? null : comment.getAnswer().getId());
        return row;
    }

    /** The device's random value, given to it now if it has none yet. */
    private static String device(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(DEVICE_COOKIE) && cookie.getValue().length() >= 32) {
                    return cookie.getValue();
                }
            }
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Cookie cookie = new Cookie(DEVICE_COOKIE, value);
        cookie.setPath("/plans");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(DEVICE_COOKIE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return value;
    }

    private String view(long id, Model model) {
        ConsultationView view = consultations.view(id);
        model.addAttribute("view", view);
        model.addAttribute("plan", view.version().getPlan());
        model.addAttribute("sections", PlanSection.values());
        model.addAttribute("aboutChoices", aboutChoices(view));
        model.addAttribute("textLength", ConsultationComment.TEXT_LENGTH);
        return "plan/consultation";
    }

    /** What a comment may be about, in the page's order: the whole plan, the sections the version has, its actions. */
    private static Map<String, Object> aboutChoices(ConsultationView view) {
        Map<String, Object> choices = new LinkedHashMap<>();
        choices.put(ConsultationView.WHOLE_PLAN, null);
        for (PlanSection section : PlanSection.values()) {
            if (view.version().has(section)) {
                choices.put(ConsultationView.key(section, null), section);
            }
        }
        for (PlanAction action : view.version().getActions()) {
            choices.put(ConsultationView.key(null, action), action);
        }
        return choices;
    }
}
