package eu.cinema.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.locationtech.jts.geom.Point;

import eu.cinema.common.BaseEntity;
import eu.cinema.common.Refusals;
import eu.cinema.pilot.Pilot;
import eu.cinema.site.Site;

/**
 * One action of a plan version. Its key stays the same in every version the action is copied
 * into, so that two versions can be compared action by action.
 */
@Entity
@Audited
public class PlanAction extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private PlanVersion planVersion;

    private UUID actionKey;

    private int position;

    private String title;

    private String description;

    private String responsibleBody;

    private String partnersInvolved;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private BigDecimal budgetEur;

    @Enumerated(EnumType.STRING)
    private FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.PLANNED;

    private String risks;

    private String mitigation;

    private Point location;

    @ManyToMany
    @JoinTable(name = "plan_action_site", joinColumns = @JoinColumn(name = "plan_action_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Site> sites = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "plan_action_pilot", joinColumns = @JoinColumn(name = "plan_action_id"),
            inverseJoinColumns = @JoinColumn(name = "pilot_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Pilot> pilots = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "plan_action_indicator", joinColumns = @JoinColumn(name = "plan_action_id"))
    @OrderColumn(name = "position")
    private List<ActionIndicator> indicators = new ArrayList<>();

    protected PlanAction() {
    }

    static PlanAction newIn(PlanVersion version, int position) {
        PlanAction action = new PlanAction();
        action.planVersion = version;
        action.actionKey = UUID.randomUUID();
        action.position = position;
        return action;
    }

    PlanAction copyInto(PlanVersion draft) {
        PlanAction copy = new PlanAction();
        copy.planVersion = draft;
        copy.actionKey = actionKey;
        copy.position = position;
        copy.title = title;
        copy.description = description;
        copy.responsibleBody = responsibleBody;
        copy.partnersInvolved = partnersInvolved;
        copy.startsOn = startsOn;
        copy.endsOn = endsOn;
        copy.budgetEur = budgetEur;
        copy.fundingSource = fundingSource;
        copy.status = status;
        copy.risks = risks;
        copy.mitigation = mitigation;
        copy.location = location;
        copy.sites = new HashSet<>(sites);
        copy.pilots = new HashSet<>(pilots);
        copy.indicators = new ArrayList<>(indicators);
        return copy;
    }

    /**
     * The plan's rules for an action's details, all reported at once: a title, dates in order, no negative budget, a
     * source for a budget. Forms run it beside their own validation.
     */
    public static void check(ActionDetails details) {
        BigDecimal budget = details.budgetEur();
        new Refusals()
                .when(details.title() == null || details.title().isBlank(), () -> new PlanRuleException("plan.error.actionTitleRequired", "title"))
                .when(details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn()),
                        () -> new PlanRuleException("plan.error.endBeforeStart", "endsOn"))
                .when(budget != null && budget.signum() < 0, () -> new PlanRuleException("plan.error.negativeBudget", "budgetEur"))
                .when(budget != null && budget.signum() > 0 && details.fundingSource() == null,
                        () -> new PlanRuleException("plan.error.fundingSourceRequired", "fundingSource"))
                .throwIfAny();
    }

    /** Takes an editor's details after the plan's rules ({@link #check}). */
    void apply(ActionDetails details, ActionLinks links) {
        planVersion.requireDraft();
        check(details);
        this.title = details.title().strip();
        this.description = details.description();
        this.responsibleBody = details.responsibleBody();
        this.partnersInvolved = details.partnersInvolved();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.budgetEur = details.budgetEur();
        this.fundingSource = details.fundingSource();
        this.status = details.status() == null ? ActionStatus.PLANNED : details.status();
        this.risks = details.risks();
        this.mitigation = details.mitigation();
        this.location = links.location();
        this.sites = new HashSet<>(links.sites());
        this.pilots = new HashSet<>(links.pilots());
        this.indicators = new ArrayList<>(details.indicators());
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public UUID getActionKey() {
        return actionKey;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public String getPartnersInvolved() {
        return partnersInvolved;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getRisks() {
        return risks;
    }

    public String getMitigation() {
        return mitigation;
    }

    public Point getLocation() {
        return location;
    }

    /** Sorted by name, so that pages and comparisons list them the same way every time. */
    public List<Site> getSites() {
        return sites.stream().sorted(Comparator.comparing(Site::getName).thenComparing(Site::getId)).toList();
    }

    public List<Pilot> getPilots() {
        return pilots.stream().sorted(Comparator.comparing(Pilot::getTitle).thenComparing(Pilot::getId)).toList();
    }

    public List<ActionIndicator> getIndicators() {
        return List.copyOf(indicators);
    }
}
