package eu.cinema.workspace.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.account.PortalUser;
import eu.cinema.actor.CreativeActorService;
import eu.cinema.matching.ContactService;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.progress.Milestone;
import eu.cinema.pilot.progress.PilotProgress;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.plan.ConsultationService;
import eu.cinema.plan.PlanFilter;
import eu.cinema.plan.PlanService;
import eu.cinema.plan.PlanState;
import eu.cinema.site.SitePermissions;
import eu.cinema.site.SiteService;
import eu.cinema.site.importing.SiteImportService;

/**
 * The start page after sign-in: what needs the signed-in person now, each item one click from where the work is done.
 * Built from what their role and organisation may change: pilots with their progress and milestones overdue or due
 * soon, plan drafts, proposals to moderate, their imports, the messages space seekers sent about their sites.
 */
@Controller
class WorkController {

    /** A milestone is "due soon" this many days ahead: time enough to prepare it. */
    static final int DUE_SOON_DAYS = 30;

    private final PilotService pilots;
    private final ProgressService progress;
    private final PlanService plans;
    private final SiteService sites;
    private final SitePermissions sitePermissions;
    private final CreativeActorService actors;
    private final SiteImportService imports;
    private final ContactService contacts;
    private final PeriodReportService periodReports;
    private final ConsultationService consultations;

    WorkController(PilotService pilots, ProgressService progress, PlanService plans, SiteService sites, SitePermissions sitePermissions,
            CreativeActorService actors, SiteImportService imports, ContactService contacts, PeriodReportService periodReports,
            ConsultationService consultations) {
        this.pilots = pilots;
        this.progress = progress;
        this.plans = plans;
        this.sites = sites;
        this.sitePermissions = sitePermissions;
        this.actors = actors;
        this.imports = imports;
        this.contacts = contacts;
        this.periodReports = periodReports;
        this.consultations = consultations;
    }

    @GetMapping("/workspace")
    String show(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int sitePage, Model model) {
        // Milestones are dates without a zone; the portal's day is UTC's, as its progress figures.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<PilotWork> pilotWork = pilots.ownPilots().stream().map(pilot -> {
            PilotProgress shown = progress.editorsProgress(pilot);
            List<Milestone> dueSoon = shown.milestones().stream()
                    .filter(m -> m.isOpen() && !m.getDueOn().isBefore(today) && !m.getDueOn().isAfter(today.plusDays(DUE_SOON_DAYS)))
                    .sorted(Comparator.comparing(Milestone::getDueOn))
                    .toList();
            return new PilotWork(pilot, shown, dueSoon);
        }).toList();
        model.addAttribute("pilotWork", pilotWork);
        model.addAttribute("attention", pilotWork.stream().filter(PilotWork::needsAttention).toList());
        model.addAttribute("drafts", plans.find(new PlanFilter(null, null, PlanState.DRAFT)));
        model.addAttribute("ownPlans", plans.ownPlans());
        model.addAttribute("waitingProposals", sitePermissions.mayModerateAny() ? sites.waitingForModeration() : 0);
        model.addAttribute("reportsWaiting", periodReports.waitingCount());
        model.addAttribute("commentsWaiting", consultations.waitingForMe());
        model.addAttribute("outboxWaiting", user.isAdmin() ? contacts.waitingInOutbox() : 0);
        model.addAttribute("imports", imports.recentImports());
        model.addAttribute("messages", contacts.toOwnOrganisation());
        model.addAttribute("ownSites", sites.ownSites(sitePage));
        model.addAttribute("ownActors", actors.ownActors());
        model.addAttribute("today", today);
        return "workspace/work";
    }
}
