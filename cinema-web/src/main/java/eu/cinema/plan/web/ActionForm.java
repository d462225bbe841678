package eu.cinema.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import eu.cinema.pilot.Pilot;
import eu.cinema.plan.ActionDetails;
import eu.cinema.plan.ActionIndicator;
import eu.cinema.plan.ActionStatus;
import eu.cinema.plan.FundingSource;
import eu.cinema.plan.PlanAction;
import eu.cinema.site.Site;

/** One action of a plan as its editors write it, with its indicators as rows. */
class ActionForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 20000)
    private String description;

    @Size(max = 300)
    private String responsibleBody;

    @Size(max = 20000)
    private String partnersInvolved;

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    @Digits(integer = 12, fraction = 2)
    private BigDecimal budgetEur;

    private FundingSource fundingSource;

    @NotNull
    private ActionStatus status = ActionStatus.PLANNED;

    @Size(max = 20000)
    private String risks;

    @Size(max = 20000)
    private String mitigation;

    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    private Set<Long> siteIds = new HashSet<>();

    private Set<Long> pilotIds = new HashSet<>();

    @Valid
    private List<IndicatorRow> indicators = new ArrayList<>();

    private long version;

    /** Empty rows a new form offers for indicators; rows left empty are ignored. */
    private static final int BLANK_INDICATOR_ROWS = 2;

    static ActionForm blank(long draftVersion) {
        ActionForm form = new ActionForm();
        form.version = draftVersion;
        form.withBlankIndicatorRows();
        return form;
    }

    static ActionForm of(PlanAction action, long draftVersion) {
        ActionForm form = new ActionForm();
        form.title = action.getTitle();
        form.description = action.getDescription();
        form.responsibleBody = action.getResponsibleBody();
        form.partnersInvolved = action.getPartnersInvolved();
        form.startsOn = action.getStartsOn();
        form.endsOn = action.getEndsOn();
        form.budgetEur = action.getBudgetEur();
        form.fundingSource = action.getFundingSource();
        form.status = action.getStatus();
        form.risks = action.getRisks();
        form.mitigation = action.getMitigation();
        if (action.getLocation() != null) {
            form.latitude = action.getLocation().getY();
            form.longitude = action.getLocation().getX();
        }
        form.siteIds = action.getSites().stream().map(Site::getId).collect(Collectors.toCollection(HashSet::new));
        form.pilotIds = action.getPilots().stream().map(Pilot::getId).collect(Collectors.toCollection(HashSet::new));
        action.getIndicators().forEach(i -> form.indicators.add(IndicatorRow.of(i)));
        form.version = draftVersion;
        return form.withBlankIndicatorRows();
    }

    ActionForm withBlankIndicatorRows() {
        for (int i = 0; i < BLANK_INDICATOR_ROWS; i++) {
            indicators.add(new IndicatorRow());
        }
        return this;
    }

    ActionDetails toDetails() {
        return new ActionDetails(title == null ? null : title.strip(), PlanForm.blankToNull(description), PlanForm.blankToNull(responsibleBody),
                PlanForm.blankToNull(partnersInvolved), startsOn, endsOn, budgetEur, fundingSource, status,
                PlanForm.blankToNull(risks), PlanForm.blankToNull(mitigation), longitude, latitude,
                siteIds == null ? Set.of() : siteIds, pilotIds == null ? Set.of() : pilotIds,
                indicators == null ? List.of() : indicators.stream().filter(row -> !row.isEmpty()).map(IndicatorRow::toIndicator).toList());
    }

    /** One indicator of the action; a row with any value needs a name. */
    public static class IndicatorRow {

        @Size(max = 200)
        private String name;

        @Size(max = 60)
        private String unit;

        @Digits(integer = 12, fraction = 2)
        private BigDecimal baseline;

        @Digits(integer = 12, fraction = 2)
        private BigDecimal target;

        static IndicatorRow of(ActionIndicator indicator) {
            IndicatorRow row = new IndicatorRow();
            row.name = indicator.getName();
            row.unit = indicator.getUnit();
            row.baseline = indicator.getBaseline();
            row.target = indicator.getTarget();
            return row;
        }

        boolean isEmpty() {
            return PlanForm.blankToNull(name) == null && PlanForm.blankToNull(unit) == null && baseline == null && target == null;
        }

        @AssertTrue(message = "{plan.error.indicatorName}")
        public boolean isNamedIfUsed() {
            return isEmpty() || PlanForm.blankToNull(name) != null;
        }

        ActionIndicator toIndicator() {
            return new ActionIndicator(name == null ? null : name.strip(), unit == null ? "" : unit.strip(), baseline, target);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }


    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public void setResponsibleBody(String responsibleBody) {
        this.responsibleBody = responsibleBody;
    }

    public String getPartnersInvolved() {
        return partnersInvolved;
    }

    public void setPartnersInvolved(String partnersInvolved) {
        this.partnersInvolved = partnersInvolved;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public void setBudgetEur(BigDecimal budgetEur) {
        this.budgetEur = budgetEur;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(FundingSource fundingSource) {
        this.fundingSource = fundingSource;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Set<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(Set<Long> siteIds) {
        this.siteIds = siteIds;
    }

    public Set<Long> getPilotIds() {
        return pilotIds;
    }

    public void setPilotIds(Set<Long> pilotIds) {
        this.pilotIds = pilotIds;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
