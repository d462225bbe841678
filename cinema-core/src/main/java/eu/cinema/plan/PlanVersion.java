package eu.cinema.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import eu.cinema.common.BaseEntity;
import eu.cinema.common.Refusals;
import eu.cinema.common.StateConflictException;
import eu.cinema.roadmap.RoadmapTheme;

/**
 * One version of a plan's text and actions. Only a draft changes; opening a consultation on it or publishing it freezes
 * it, and publishing a later draft marks the published one superseded, with the dates of both steps kept.
 */
@Entity
@Audited
public class PlanVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActionPlan plan;

    private int number;

    @Enumerated(EnumType.STRING)
    private PlanState state = PlanState.DRAFT;

    private Instant publishedAt;

    private Instant supersededAt;

    private String title;

    @Enumerated(EnumType.STRING)
    private RoadmapTheme theme;

    private String lang;

    private String summary;

    private String summaryEn;

    private String context;

    private String vision;

    private String objectives;

    private String stakeholdersPublic;

    private String stakeholdersAcademia;

    private String stakeholdersCivilSociety;

    private String stakeholdersBusiness;

    private String monitoring;

    @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    @NotAudited
    private List<PlanAction> actions = new ArrayList<>();

    protected PlanVersion() {
    }

    static PlanVersion first(ActionPlan plan, PlanDetails details) {
        PlanVersion version = new PlanVersion();
        version.plan = plan;
        version.number = 1;
        version.apply(details);
        plan.versions().add(version);
        return version;
    }

    /** A new draft that starts as a copy of this version, actions included (each keeps its identity key). */
    PlanVersion nextDraft() {
        PlanVersion draft = new PlanVersion();
        draft.plan = plan;
        draft.number = number + 1;
        draft.copyText(this);
        for (PlanAction action : actions) {
            draft.actions.add(action.copyInto(draft));
        }
        plan.versions().add(draft);
        return draft;
    }

    void edit(PlanDetails details) {
        requireDraft();
        apply(details);
    }

    /** The plan's rules for its text, all reported at once: a title, and an English summary beside another language's. */
    public static void check(PlanDetails details) {
        new Refusals()
                .when(details.title() == null || details.title().isBlank(), () -> new PlanRuleException("plan.error.titleRequired", "title"))
                .when(details.lang() != null && !details.lang().startsWith("en") && isBlank(details.summaryEn()) && !isBlank(details.summary()),
                        () -> new PlanRuleException("plan.error.englishSummary", "summaryEn"))
                .throwIfAny();
    }

    private void apply(PlanDetails details) {
        check(details);
        this.title = details.title().strip();
        this.theme = Objects.requireNonNull(details.theme(), "theme");
        this.lang = details.lang();
        this.summary = details.summary();
        this.summaryEn = details.lang() != null && details.lang().startsWith("en") ? null : details.summaryEn();
        this.context = details.context();
        this.vision = details.vision();
        this.objectives = details.objectives();
        this.stakeholdersPublic = details.stakeholdersPublic();
        this.stakeholdersAcademia = details.stakeholdersAcademia();
        this.stakeholdersCivilSociety = details.stakeholdersCivilSociety();
        this.stakeholdersBusiness = details.stakeholdersBusiness();
        this.monitoring = details.monitoring();
    }

    private void copyText(PlanVersion source) {
        this.title = source.title;
        this.theme = source.theme;
        this.lang = source.lang;
        this.summary = source.summary;
        this.summaryEn = source.summaryEn;
        this.context = source.context;
        this.vision = source.vision;
        this.objectives = source.objectives;
        this.stakeholdersPublic = source.stakeholdersPublic;
        this.stakeholdersAcademia = source.stakeholdersAcademia;
        this.stakeholdersCivilSociety = source.stakeholdersCivilSociety;
        this.stakeholdersBusiness = source.stakeholdersBusiness;
        this.monitoring = source.monitoring;
    }

    PlanAction addAction(ActionDetails details, ActionLinks links) {
        requireDraft();
        PlanAction action = PlanAction.newIn(this, actions.stream().mapToInt(PlanAction::getPosition).max().orElse(0) + 1);
        action.apply(details, links);
        actions.add(action);
        return action;
    }

    void removeAction(PlanAction action) {
        requireDraft();
        actions.remove(action);
    }

    void publish(Instant now) {
        requireDraft();
        if (actions.isEmpty()) {
            throw new PlanRuleException("plan.error.noActions", null);
        }
        this.state = PlanState.PUBLISHED;
        this.publishedAt = now;
    }

    /** Freezes the draft as the text a consultation asks about; the editors go on in a new draft. */
    void openForConsultation() {
        requireDraft();
        this.state = PlanState.CONSULTATION;
    }

    void supersede(Instant now) {
        if (state != PlanState.PUBLISHED) {
            throw new IllegalStateException("Only the published version can be superseded");
        }
        this.state = PlanState.SUPERSEDED;
        this.supersededAt = now;
    }

    /** Consulted, published and superseded versions never change; the refusal names the version. */
    void requireDraft() {
        if (!isDraft()) {
            throw new StateConflictException(isUnderConsultation() ? "consultation.frozen" : "plan.error.published", number);
        }
    }

    public boolean isDraft() {
        return state == PlanState.DRAFT;
    }

    /** Published or superseded; a version under consultation is public only from the day its consultation opens. */
    public boolean isPublic() {
        return state == PlanState.PUBLISHED || state == PlanState.SUPERSEDED;
    }

    /** Whether the version has words in that section, so that people may comment on it. */
    public boolean has(PlanSection section) {
        return switch (section) {
            case SUMMARY -> !isBlank(summary);
            case CONTEXT -> !isBlank(context);
            case VISION -> !isBlank(vision);
            case OBJECTIVES -> !isBlank(objectives);
            case STAKEHOLDERS -> !isBlank(stakeholdersPublic) || !isBlank(stakeholdersAcademia) || !isBlank(stakeholdersCivilSociety)
                    || !isBlank(stakeholdersBusiness);
            case MONITORING -> !isBlank(monitoring);
        };
    }

    public boolean isUnderConsultation() {
        return state == PlanState.CONSULTATION;
    }

    /** Budget per funding source, in the order of the sources; actions without a budget count as nothing. */
    public Map<FundingSource, BigDecimal> budgetBySource() {
        Map<FundingSource, BigDecimal> totals = new EnumMap<>(FundingSource.class);
        for (PlanAction action : actions) {
            if (action.getBudgetEur() != null && action.getFundingSource() != null) {
                totals.merge(action.getFundingSource(), action.getBudgetEur(), BigDecimal::add);
            }
        }
        return totals;
    }

    public BigDecimal totalBudget() {
        return budgetBySource().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<ActionStatus, Long> actionsByStatus() {
        Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
        actions.forEach(action -> counts.merge(action.getStatus(), 1L, Long::sum));
        return counts;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public PlanState getState() {
        return state;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getTitle() {
        return title;
    }

    public RoadmapTheme getTheme() {
        return theme;
    }

    public String getLang() {
        return lang;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getContext() {
        return context;
    }

    public String getVision() {
        return vision;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getStakeholdersPublic() {
        return stakeholdersPublic;
    }

    public String getStakeholdersAcademia() {
        return stakeholdersAcademia;
    }

    public String getStakeholdersCivilSociety() {
        return stakeholdersCivilSociety;
    }

    public String getStakeholdersBusiness() {
        return stakeholdersBusiness;
    }

    public String getMonitoring() {
        return monitoring;
    }

    public List<PlanAction> getActions() {
        return List.copyOf(actions);
    }
}
