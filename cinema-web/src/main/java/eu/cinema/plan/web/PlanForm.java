package eu.cinema.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.cinema.plan.PlanDetails;
import eu.cinema.plan.PlanVersion;
import eu.cinema.roadmap.RoadmapTheme;

/** A plan version's text as its editors write it. */
class PlanForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private RoadmapTheme theme;

    private String textLang;

    @Size(max = 20000)
    private String summary;

    @Size(max = 20000)
    private String summaryEn;

    @Size(max = 20000)
    private String context;

    @Size(max = 20000)
    private String vision;

    @Size(max = 20000)
    private String objectives;

    @Size(max = 20000)
    private String stakeholdersPublic;

    @Size(max = 20000)
    private String stakeholdersAcademia;

    @Size(max = 20000)
    private String stakeholdersCivilSociety;

    @Size(max = 20000)
    private String stakeholdersBusiness;

    @Size(max = 20000)
    private String monitoring;

    private Long ownerPartnerId;

    private Long cityId;

    private long version;

    static PlanForm of(PlanVersion version) {
        PlanForm form = new PlanForm();
        form.title = version.getTitle();
        form.theme = version.getTheme();
        form.textLang = version.getLang();
        form.summary = version.getSummary();
        form.summaryEn = version.getSummaryEn();
        form.context = version.getContext();
        form.vision = version.getVision();
        form.objectives = version.getObjectives();
        form.stakeholdersPublic = version.getStakeholdersPublic();
        form.stakeholdersAcademia = version.getStakeholdersAcademia();
        form.stakeholdersCivilSociety = version.getStakeholdersCivilSociety();
        form.stakeholdersBusiness = version.getStakeholdersBusiness();
        form.monitoring = version.getMonitoring();
        form.version = version.getVersion();
        return form;
    }

    /** The text as the plan takes it; without a stated language it is the language of the page it was written in. */
    PlanDetails toDetails(String interfaceLanguage) {
        return new PlanDetails(title == null ? null : title.strip(), theme, textLang == null || textLang.isBlank() ? interfaceLanguage : textLang, blankToNull(summary),
                blankToNull(summaryEn), blankToNull(context), blankToNull(vision), blankToNull(objectives),
                blankToNull(stakeholdersPublic), blankToNull(stakeholdersAcademia), blankToNull(stakeholdersCivilSociety),
                blankToNull(stakeholdersBusiness), blankToNull(monitoring));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }


    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RoadmapTheme getTheme() {
        return theme;
    }

    public void setTheme(RoadmapTheme theme) {
        this.theme = theme;
    }

    public String getTextLang() {
        return textLang;
    }

    public void setTextLang(String textLang) {
        this.textLang = textLang;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getStakeholdersPublic() {
        return stakeholdersPublic;
    }

    public void setStakeholdersPublic(String stakeholdersPublic) {
        this.stakeholdersPublic = stakeholdersPublic;
    }

    public String getStakeholdersAcademia() {
        return stakeholdersAcademia;
    }

    public void setStakeholdersAcademia(String stakeholdersAcademia) {
        this.stakeholdersAcademia = stakeholdersAcademia;
    }

    public String getStakeholdersCivilSociety() {
        return stakeholdersCivilSociety;
    }

    public void setStakeholdersCivilSociety(String stakeholdersCivilSociety) {
        this.stakeholdersCivilSociety = stakeholdersCivilSociety;
    }

    public String getStakeholdersBusiness() {
        return stakeholdersBusiness;
    }

    public void setStakeholdersBusiness(String stakeholdersBusiness) {
        this.stakeholdersBusiness = stakeholdersBusiness;
    }

    public String getMonitoring() {
        return monitoring;
    }

    public void setMonitoring(String monitoring) {
        this.monitoring = monitoring;
    }

    public Long getOwnerPartnerId() {
        return ownerPartnerId;
    }

    public void setOwnerPartnerId(Long ownerPartnerId) {
        this.ownerPartnerId = ownerPartnerId;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
