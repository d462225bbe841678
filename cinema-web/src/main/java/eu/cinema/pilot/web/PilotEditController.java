package eu.cinema.pilot.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.account.CurrentUser;
import eu.cinema.actor.CiDomain;
import eu.cinema.history.HistoryService;
import eu.cinema.partner.PartnerService;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.pilot.UrbanSector;
import eu.cinema.pilot.progress.Indicator;
import eu.cinema.pilot.progress.LoggedUpdate;
import eu.cinema.pilot.progress.Milestone;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.progress.PilotProgress;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.region.CityRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.ContentLanguages;

/**
 * The editors' page of a pilot: what is overdue and due next, logging an update, milestones and
 * indicators, and the pilot's details with their history. Every action is checked by id in the services.
 */
@Controller
@RequestMapping("/pilots")
class PilotEditController {

    private static final String EDIT_VIEW = "pilot/edit";
    private static final String NEW_VIEW = "pilot/new";

    private final PilotService pilots;
    private final ProgressService progress;
    private final PartnerService partners;
    private final CityRepository cities;
    private final HistoryService history;
    private final PeriodReportService periodReports;

    PilotEditController(PilotService pilots, ProgressService progress, PartnerService partners, CityRepository cities,
            HistoryService history, PeriodReportService periodReports) {
        this.pilots = pilots;
        this.progress = progress;
        this.partners = partners;
        this.cities = cities;
        this.history = history;
        this.periodReports = periodReports;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        PilotForm form = new PilotForm();
        form.setStatus(PilotStatus.PLANNED);
        model.addAttribute("pilotForm", form);
        return formChoices(model, NEW_VIEW, CurrentUser.require().getPartnerId());
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("pilotForm") PilotForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        return FormPost.of(result).checking(() -> Pilot.check(form.toDetails(locale.getLanguage(), null))).submit(() -> {
            Pilot created = pilots.create(form.toDetails(locale.getLanguage(), null), null);
            return saved(created.getId(), redirect, Saved.of("form.createdNamed", created.getTitle()));
        }, () -> formChoices(model, NEW_VIEW, CurrentUser.require().getPartnerId()));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        return editView(pilots.getForEditing(id), model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("pilotForm") PilotForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Locale locale) {
        Pilot pilot = pilots.getForEditing(id);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(pilots.get(id).getVersion()))
                .checking(() -> Pilot.check(form.toDetails(locale.getLanguage(), null)))
                .submit(() -> {
                    pilots.update(id, form.getVersion(),
                            form.toDetails(locale.getLanguage(), pilot.getSite() == null ? null : pilot.getSite().getId()));
                    return saved(id, redirect, Saved.of("form.savedNamed", form.getTitle()).in("details-heading"));
                }, () -> editView(pilot, model));
    }

    @PostMapping("/{id}/updates")
    String logUpdate(@PathVariable long id, @Valid @ModelAttribute("logUpdateForm") LogUpdateForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        Pilot pilot = pilots.getForEditing(id);
        return FormPost.of(result).submit(() -> {
            List<LoggedUpdate.Evidence> evidence = new ArrayList<>();
            for (MultipartFile file : form.getEvidence()) {
                if (!file.isEmpty()) {
                    evidence.add(new LoggedUpdate.Evidence(file.getOriginalFilename(), file.getBytes()));
                }
            }
            progress.log(id, new LoggedUpdate(form.getHappenedOn(), form.getNarrative(),
                    form.getNarrativeLang() == null || form.getNarrativeLang().isBlank() ? locale.getLanguage()
                            : form.getNarrativeLang(), form.isPublished(), form.getMilestonesReached(),
                    form.getIndicatorValues(), evidence, form.getSubmission()));
            return saved(id, redirect, Saved.of("pilot.saved.update").in("updates-heading"));
        }, () -> editView(pilot, model));
    }

    @PostMapping("/{id}/milestones")
    String addMilestone(@PathVariable long id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Pilot pilot = pilots.getForEditing(id);
        return FormPost.of(result).submit(() -> {
            Milestone added = progress.addMilestone(id, form.getMilestoneTitle(), form.getDueOn(), form.getWeight());
            // A due date in the past is allowed (a milestone recorded late) but said: it is overdue at once.
            boolean overdue = added.isOverdue(LocalDate.now(ZoneOffset.UTC));
            return saved(id, redirect, Saved.of(overdue ? "pilot.saved.milestoneOverdue" : "pilot.saved.milestone",
                    form.getMilestoneTitle()).in("milestones-heading"));
        }, () -> editView(pilot, model));
    }

    @PostMapping("/{id}/indicators")
    String addIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Pilot pilot = pilots.getForEditing(id);
        return FormPost.of(result).submit(() -> {
            progress.addIndicator(id, form.getName(), form.getUnit(), form.getBaseline(), form.getTarget());
            return saved(id, redirect, Saved.of("pilot.saved.indicator", form.getName()).in("indicators-heading"));
        }, () -> editView(pilot, model));
    }

    private static String saved(long id, RedirectAttributes redirect, Saved message) {
        return FormPost.saved(redirect, "/pilots/" + id + "/edit", message);
    }

    /** Every form of the page; the one just submitted keeps its input and errors. */
    private String editView(Pilot pilot, Model model) {
        model.addAttribute("pilot", pilot);
        PilotProgress shown = progress.editorsProgress(pilot);
        model.addAttribute("progress", shown);
        model.addAttribute("evidence", progress.evidenceOf(shown.updates().stream().map(ProgressUpdate::getId).toList()));
        model.addAttribute("reportStatuses", periodReports.publicStatuses(pilot));
        model.addAttribute("history", history.historyOf(Pilot.class, pilot.getId()));
        // Corrections and withdrawals of its progress, withdrawn entries included: nowhere else to read them.
        model.addAttribute("milestoneHistory", history.historyOfAll(Milestone.class, "pilot", pilot.getId()));
        model.addAttribute("indicatorHistory", history.historyOfAll(Indicator.class, "pilot", pilot.getId()));
        model.addAttribute("updateHistory", history.historyOfAll(ProgressUpdate.class, "pilot", pilot.getId()));
        model.addAttribute("withdrawn", progress.withdrawnEntries(pilot.getId()));
        if (!model.containsAttribute("pilotForm")) {
            model.addAttribute("pilotForm", PilotForm.of(pilot));
        }
        if (!model.containsAttribute("logUpdateForm")) {
            model.addAttribute("logUpdateForm", new LogUpdateForm());
        }
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", new MilestoneForm());
        }
        if (!model.containsAttribute("indicatorForm")) {
            model.addAttribute("indicatorForm", new IndicatorForm());
        }
        model.addAttribute("nextStatuses", nextStatuses(pilot.getStatus()));
        return formChoices(model, EDIT_VIEW, pilot.getOwnerPartner().getId());
    }

    private static List<PilotStatus> nextStatuses(PilotStatus current) {
        List<PilotStatus> statuses = new ArrayList<>();
        statuses.add(current);
        current.next().stream().sorted().forEach(statuses::add);
        return statuses;
    }

    /** The form's choices; the owner ({@code ownerId}, null when an administrator chooses it) is not offered as a participant. */
    private String formChoices(Model model, String view, Long ownerId) {
        model.addAttribute("kinds", PilotKind.values());
        model.addAttribute("themes", RoadmapTheme.values());
        model.addAttribute("domainValues", CiDomain.values());
        model.addAttribute("sectorValues", UrbanSector.values());
        model.addAttribute("cities", cities.findAllByOrderByCountryCodeAscNameEnAsc());
        model.addAttribute("partners", partners.all().stream().filter(partner -> !partner.getId().equals(ownerId)).toList());
        model.addAttribute("contentLanguages", ContentLanguages.CODES);
        if (!model.containsAttribute("nextStatuses")) {
            model.addAttribute("nextStatuses", List.of(PilotStatus.PLANNED, PilotStatus.RUNNING));
        }
        return view;
    }
}
