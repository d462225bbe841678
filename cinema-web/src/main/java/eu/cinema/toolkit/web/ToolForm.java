package eu.cinema.toolkit.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.cinema.pilot.Pilot;
import eu.cinema.toolkit.TargetGroup;
import eu.cinema.toolkit.ToolCard;
import eu.cinema.toolkit.ToolDetails;

/** A tool card as its editors write it; the steps one per line. */
class ToolForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotBlank
    @Size(max = 20000)
    private String summary;

    @Size(max = 20000)
    private String aim;

    @NotBlank
    @Size(max = 20000)
    private String stepsText;

    private Long developerPartnerId;

    private Long developedInCityId;

    @Size(max = 100)
    private String duration;

    @Size(max = 300)
    private String costs;

    @Size(max = 20000)
    private String peopleInvolved;

    @Size(max = 20000)
    private String opportunities;

    @Size(max = 20000)
    private String challenges;

    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    private boolean startupFocus;

    private Set<Long> pilotIds = new HashSet<>();

    private String textLang;

    private boolean published;

    private long version;

    static ToolForm of(ToolCard tool) {
        ToolForm form = new ToolForm();
        form.title = tool.getTitle();
        form.summary = tool.getSummary();
        form.aim = tool.getAim();
        form.stepsText = String.join("\n", tool.getSteps());
        form.developerPartnerId = tool.getDeveloperPartner().getId();
        form.developedInCityId = tool.getDevelopedIn() == null ? null : tool.getDevelopedIn().getId();
        form.duration = tool.getDuration();
        form.costs = tool.getCosts();
        form.peopleInvolved = tool.getPeopleInvolved();
        form.opportunities = tool.getOpportunities();
        form.challenges = tool.getChallenges();
        form.targetGroups = tool.getTargetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(tool.getTargetGroups());
        form.startupFocus = tool.isStartupFocus();
        form.pilotIds = tool.getPilots().stream().map(Pilot::getId).collect(Collectors.toSet());
        form.textLang = tool.getLang();
        form.published = tool.isPublished();
        form.version = tool.getVersion();
        return form;
    }

    /** One step per line of the text area, in order. */
    ToolDetails toDetails(String interfaceLanguage) {
        return new ToolDetails(title.strip(), summary.strip(), blankToNull(aim), List.of(stepsText.split("\\R")), developerPartnerId,
                developedInCityId, blankToNull(duration), blankToNull(costs), blankToNull(peopleInvolved),
                blankToNull(opportunities), blankToNull(challenges), targetGroups == null ? Set.of() : targetGroups, startupFocus,
                pilotIds == null ? Set.of() : pilotIds, textLang == null || textLang.isBlank() ? interfaceLanguage : textLang, published);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }


    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getStepsText() {
        return stepsText;
    }

    public void setStepsText(String stepsText) {
        this.stepsText = stepsText;
    }

    public Long getDeveloperPartnerId() {
        return developerPartnerId;
    }

    public void setDeveloperPartnerId(Long developerPartnerId) {
        this.developerPartnerId = developerPartnerId;
    }

    public Long getDevelopedInCityId() {
        return developedInCityId;
    }

    public void setDevelopedInCityId(Long developedInCityId) {
        this.developedInCityId = developedInCityId;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getCosts() {
        return costs;
    }

    public void setCosts(String costs) {
        this.costs = costs;
    }

    public String getPeopleInvolved() {
        return peopleInvolved;
    }

    public void setPeopleInvolved(String peopleInvolved) {
        this.peopleInvolved = peopleInvolved;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public void setOpportunities(String opportunities) {
        this.opportunities = opportunities;
    }

    public String getChallenges() {
        return challenges;
    }

    public void setChallenges(String challenges) {
        this.challenges = challenges;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(Set<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public boolean isStartupFocus() {
        return startupFocus;
    }

    public void setStartupFocus(boolean startupFocus) {
        this.startupFocus = startupFocus;
    }

    public Set<Long> getPilotIds() {
        return pilotIds;
    }

    public void setPilotIds(Set<Long> pilotIds) {
        this.pilotIds = pilotIds;
    }

    public String getTextLang() {
        return textLang;
    }

    public void setTextLang(String textLang) {
        this.textLang = textLang;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
