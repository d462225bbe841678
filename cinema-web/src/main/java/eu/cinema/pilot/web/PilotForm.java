package eu.cinema.pilot.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import eu.cinema.actor.CiDomain;
import eu.cinema.partner.Partner;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotDetails;
import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.pilot.UrbanSector;
import eu.cinema.roadmap.RoadmapTheme;

/** The pilot's details as its editors change them. */
class PilotForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private PilotKind kind;

    private Set<Long> participantIds = new HashSet<>();

    private boolean participantsMayEdit;

    @NotNull
    private Long cityId;

    @NotNull
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @NotNull
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @NotNull
    private RoadmapTheme theme;

    private Set<CiDomain> domains = EnumSet.noneOf(CiDomain.class);

    private Set<UrbanSector> sectors = EnumSet.noneOf(UrbanSector.class);

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    @NotNull
    private PilotStatus status;

    @Size(max = 10000)
    private String objectives;

    @DecimalMin("0")
    private BigDecimal budgetEur;

    @Size(max = 10000)
    private String summary;

    private String summaryLang;

    private long version;

    static PilotForm of(Pilot pilot) {
        PilotForm form = new PilotForm();
        form.title = pilot.getTitle();
        form.kind = pilot.getKind();
        form.participantIds = pilot.getParticipants().stream().map(Partner::getId).collect(Collectors.toSet());
        form.participantsMayEdit = pilot.isParticipantsMayEdit();
        form.cityId = pilot.getCity().getId();
        form.latitude = pilot.getLocation().getY();
        form.longitude = pilot.getLocation().getX();
        form.theme = pilot.getTheme();
        form.domains = pilot.getDomains().isEmpty() ? EnumSet.noneOf(CiDomain.class) : EnumSet.copyOf(pilot.getDomains());
        form.sectors = pilot.getSectors().isEmpty() ? EnumSet.noneOf(UrbanSector.class) : EnumSet.copyOf(pilot.getSectors());
        form.startsOn = pilot.getStartsOn();
        form.endsOn = pilot.getEndsOn();
        form.status = pilot.getStatus();
        form.objectives = pilot.getObjectives();
        form.budgetEur = pilot.getBudgetEur();
        form.summary = pilot.getSummary();
        form.summaryLang = pilot.getSummaryLang();
        form.version = pilot.getVersion();
        return form;
    }

    PilotDetails toDetails(String interfaceLanguage, Long siteId) {
        return new PilotDetails(title == null ? null : title.strip(), kind, participantIds == null ? Set.of() : participantIds, participantsMayEdit,
                cityId, longitude, latitude, siteId, theme, domains == null ? Set.of() : domains,
                sectors == null ? Set.of() : sectors, startsOn, endsOn, status, objectives, budgetEur, summary,
                summaryLang == null || summaryLang.isBlank() ? interfaceLanguage : summaryLang);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PilotKind getKind() {
        return kind;
    }

    public void setKind(PilotKind kind) {
        this.kind = kind;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Set<Long> participantIds) {
        this.participantIds = participantIds;
    }

    public boolean isParticipantsMayEdit() {
        return participantsMayEdit;
    }

    public void setParticipantsMayEdit(boolean participantsMayEdit) {
        this.participantsMayEdit = participantsMayEdit;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
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

    public RoadmapTheme getTheme() {
        return theme;
    }

    public void setTheme(RoadmapTheme theme) {
        this.theme = theme;
    }

    public Set<CiDomain> getDomains() {
        return domains;
    }

    public void setDomains(Set<CiDomain> domains) {
        this.domains = domains;
    }

    public Set<UrbanSector> getSectors() {
        return sectors;
    }

    public void setSectors(Set<UrbanSector> sectors) {
        this.sectors = sectors;
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

    public PilotStatus getStatus() {
        return status;
    }

    public void setStatus(PilotStatus status) {
        this.status = status;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public void setBudgetEur(BigDecimal budgetEur) {
        this.budgetEur = budgetEur;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSummaryLang() {
        return summaryLang;
    }

    public void setSummaryLang(String summaryLang) {
        this.summaryLang = summaryLang;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
