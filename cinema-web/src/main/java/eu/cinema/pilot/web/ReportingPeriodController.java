package eu.cinema.pilot.web;

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

import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.pilot.reporting.ReportingPeriod;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;

/** The lead partner's reporting periods: the list, a new one, and each one's dates corrected (administrators only). */
@Controller
@RequestMapping("/admin/reporting-periods")
class ReportingPeriodController {

    private static final String VIEW = "pilot/periods";

    private final PeriodReportService reports;

    ReportingPeriodController(PeriodReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("reportingPeriodForm")) {
            model.addAttribute("reportingPeriodForm", new ReportingPeriodForm());
        }
        return listView(model);
    }

    @PostMapping
    String define(@Valid @ModelAttribute ReportingPeriodForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormPost.of(result).submit(() -> {
            reports.definePeriod(form.getName(), form.getStartsOn(), form.getEndsOn(), form.getDueOn());
            return FormPost.saved(redirect, "/admin/reporting-periods", Saved.of("form.savedNamed", form.getName().strip()));
        }, () -> listView(model));
    }

    @GetMapping("/{id}")
    String initChange(@PathVariable long id, Model model) {
        ReportingPeriod period = reports.period(id);
        model.addAttribute("reportingPeriodForm", ReportingPeriodForm.of(period));
        return changeView(period, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute ReportingPeriodForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ReportingPeriod period = reports.period(id);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(reports.period(id).getVersion()))
                .submit(() -> {
                    reports.changePeriod(id, form.getVersion(), form.getName(), form.getStartsOn(), form.getEndsOn(), form.getDueOn());
                    return FormPost.saved(redirect, "/admin/reporting-periods", Saved.of("form.savedNamed", form.getName().strip()));
                }, () -> changeView(period, model));
    }

    private String listView(Model model) {
        model.addAttribute("periods", reports.periods());
        return VIEW;
    }

    private String changeView(ReportingPeriod period, Model model) {
        model.addAttribute("period", period);
        return listView(model);
    }
}
