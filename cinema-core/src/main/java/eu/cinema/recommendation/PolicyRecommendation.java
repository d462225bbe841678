package eu.cinema.recommendation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.common.BaseEntity;
import eu.cinema.pilot.Pilot;
import eu.cinema.plan.ActionPlan;

/** A policy recommendation with its evidence (pilots, local action plans) and the countries it addresses. */
@Entity
@Audited
public class PolicyRecommendation extends BaseEntity {

    private static final int SUMMARY_LENGTH = 240;

    private String title;

    @Enumerated(EnumType.STRING)
    private RecommendationLevel level;

    @Enumerated(EnumType.STRING)
    private RecommendationTopic topic;

    private String text;

    private String lang;

    private boolean published;

    private boolean demo;

    @ElementCollection
    @CollectionTable(name = "recommendation_country", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "country_code")
    private Set<String> countryCodes = new TreeSet<>();

    @ManyToMany
    @JoinTable(name = "recommendation_pilot", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "pilot_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Pilot> pilots = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "recommendation_plan", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "plan_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<ActionPlan> plans = new HashSet<>();

    protected PolicyRecommendation() {
    }

    static PolicyRecommendation create() {
        return new PolicyRecommendation();
    }

    void apply(RecommendationDetails details, Set<Pilot> evidencePilots, Set<ActionPlan> evidencePlans) {
        this.title = details.title().strip();
        this.level = details.level();
        this.topic = details.topic();
        this.text = details.text();
        this.lang = details.lang();
        this.published = details.published();
        this.countryCodes = new TreeSet<>(details.countryCodes());
        this.pilots = new HashSet<>(evidencePilots);
        this.plans = new HashSet<>(evidencePlans);
    }

    void markDemo() {
        this.demo = true;
    }

    public String getTitle() {
        return title;
    }

    public RecommendationLevel getLevel() {
        return level;
    }

    public RecommendationTopic getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public String getSummary() {
        return summaryOf(text);
    }

    /** A text's first paragraph, cut at a word before {@value #SUMMARY_LENGTH} characters, for lists (in any language). */
    public static String summaryOf(String text) {
        String first = text == null ? "" : text.strip().split("\\R\\s*\\R", 2)[0].replaceAll("\\s+", " ");
        if (first.length() <= SUMMARY_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', SUMMARY_LENGTH);
        return first.substring(0, cut > 0 ? cut : SUMMARY_LENGTH).replaceAll("[,;:.]$", "") + "…";
    }

    public String getLang() {
        return lang;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<String> getCountryCodes() {
        return Set.copyOf(countryCodes);
    }

    public List<Pilot> getPilots() {
        return pilots.stream().sorted(Comparator.comparing(Pilot::getTitle)).toList();
    }

    public List<ActionPlan> getPlans() {
        return plans.stream().sorted(Comparator.comparing(ActionPlan::getId)).toList();
    }
}
