package eu.cinema.recommendation.web;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.cinema.pilot.Pilot;
import eu.cinema.plan.ActionPlan;
import eu.cinema.recommendation.PolicyRecommendation;
import eu.cinema.recommendation.RecommendationDetails;
import eu.cinema.recommendation.RecommendationLevel;
import eu.cinema.recommendation.RecommendationTopic;

/** A recommendation as an administrator writes it. */
class RecommendationForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private RecommendationLevel level;

    @NotNull
    private RecommendationTopic topic;

    @NotBlank
    @Size(max = 20000)
    private String text;

    private String textLang;

    private Set<String> countryCodes = new HashSet<>();

    private Set<Long> pilotIds = new HashSet<>();

    private Set<Long> planIds = new HashSet<>();

    private boolean published;

    private long version;

    static RecommendationForm of(PolicyRecommendation recommendation) {
        RecommendationForm form = new RecommendationForm();
        form.title = recommendation.getTitle();
        form.level = recommendation.getLevel();
        form.topic = recommendation.getTopic();
        form.text = recommendation.getText();
        form.textLang = recommendation.getLang();
        form.countryCodes = new HashSet<>(recommendation.getCountryCodes());
        form.pilotIds = recommendation.getPilots().stream().map(Pilot::getId).collect(Collectors.toSet());
        form.planIds = recommendation.getPlans().stream().map(ActionPlan::getId).collect(Collectors.toSet());
        form.published = recommendation.isPublished();
        form.version = recommendation.getVersion();
        return form;
    }

    RecommendationDetails toDetails(String interfaceLanguage) {
        return new RecommendationDetails(title.strip(), level, topic, text.strip(),
                textLang == null || textLang.isBlank() ? interfaceLanguage : textLang, countryCodes == null ? Set.of() : countryCodes,
                pilotIds == null ? Set.of() : pilotIds, planIds == null ? Set.of() : planIds, published);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RecommendationLevel getLevel() {
        return level;
    }

    public void setLevel(RecommendationLevel level) {
        this.level = level;
    }

    public RecommendationTopic getTopic() {
        return topic;
    }

    public void setTopic(RecommendationTopic topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTextLang() {
        return textLang;
    }

    public void setTextLang(String textLang) {
        this.textLang = textLang;
    }

    public Set<String> getCountryCodes() {
        return countryCodes;
    }

    public void setCountryCodes(Set<String> countryCodes) {
        this.countryCodes = countryCodes;
    }

    public Set<Long> getPilotIds() {
        return pilotIds;
    }

    public void setPilotIds(Set<Long> pilotIds) {
        this.pilotIds = pilotIds;
    }

    public Set<Long> getPlanIds() {
        return planIds;
    }

    public void setPlanIds(Set<Long> planIds) {
        this.planIds = planIds;
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
