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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.NotFoundException;
import eu.cinema.history.HistoryService;
import eu.cinema.pilot.reporting.PeriodReport;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.pilot.reporting.ReportReminders;
import eu.cinema.pilot.reporting.ReportView;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/**
 * Period reports: the overview of what is missing, in progress, submitted, returned or accepted; one pilot's report on a
 * period, which its editors prepare and submit and the lead partner reviews on the same page, with its history.
 */
@Controller
class PeriodReportController {

    private static final String VIEW = "pilot/period-report";

    private final PeriodReportService reports;
    private final ReportReminders reminders;
    private final HistoryService history;

    PeriodReportController(PeriodReportService reports, ReportReminders reminders, HistoryService history) {
        this.reports = reports;
        this.reminders = reminders;
        this.history = history;
    }

    @GetMapping("/reports")
    String overview(Model model) {
        model.addAttribute("statuses", reports.overview());
        if (CurrentUser.require().isAdmin()) {
            model.addAttribute("waitingReminders", reminders.waiting());
        }
        return "pilot/reports";
    }

    @GetMapping("/pilots/{id}/reports/{periodId}")
    String report(@PathVariable long id, @PathVariable long periodId, Model model, Locale locale) {
        return view(reports.view(id, periodId), model, locale);
    }

    @PostMapping("/pilots/{id}/reports/{periodId}")
    String prepare(@PathVariable long id, @PathVariable long periodId, @Valid @ModelAttribute PeriodReportForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Locale locale) {
        String page = "/pilots/" + id + "/reports/" + periodId;
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(reports.view(id, periodId).version()))
                .submit(() -> {
                    if (form.isSubmitReport()) {
                        reports.submit(id, periodId, form.getVersion(), form.getSummary(), form.getSummaryLang(), form.getUpdateIds());
                        return FormPost.saved(redirect, page, Saved.of("reporting.saved.submitted"));
                    }
                    reports.save(id, periodId, form.getVersion(), form.getSummary(), form.getSummaryLang(), form.getUpdateIds());
                    return FormPost.saved(redirect, page, Saved.of("reporting.saved.draft"));
                }, () -> view(reports.view(id, periodId), model, locale));
    }

    @PostMapping("/pilots/{id}/reports/{periodId}/review")
    String review(@PathVariable long id, @PathVariable long periodId, @Valid @ModelAttribute ReviewForm reviewForm, BindingResult result,
            Model model, RedirectAttributes redirect, Locale locale) {
        ReportView view = reports.view(id, periodId);
        PeriodReport report = view.report().orElseThrow(() -> new NotFoundException("period report", periodId));
        return FormPost.of(result)
                .onStaleEdit(() -> reviewForm.setVersion(reports.forReview(report.getId()).getVersion()))
                .submit(() -> {
                    reports.review(report.getId(), reviewForm.getVersion(), reviewForm.isAccept(), reviewForm.getComment(),
                            reviewForm.getItemComments());
                    return FormPost.saved(redirect, "/reports", Saved.of(reviewForm.isAccept() ? "reporting.saved.accepted"
                            : "reporting.saved.returned", view.pilot().getTitle(), view.period().getName()));
                }, () -> view(view, model, locale));
    }

    private String view(ReportView view, Model model, Locale locale) {
        model.addAttribute("view", view);
        if (!model.containsAttribute("periodReportForm")) {
            model.addAttribute("periodReportForm", PeriodReportForm.of(view, locale.getLanguage()));
        }
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.of(view.version()));
        }
        view.report().ifPresent(report -> model.addAttribute("history", history.historyOf(PeriodReport.class, report.getId())));
        return VIEW;
    }
}
