package eu.cinema.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

import eu.cinema.common.BaseEntity;
import eu.cinema.partner.Partner;
import eu.cinema.pilot.Pilot;
import eu.cinema.region.City;

/** A tool card of the "Creative Urban Revitalisation" toolkit. */
@Entity
@Audited
public class ToolCard extends BaseEntity {

    private String title;

    private String summary;

    private String aim;

    @ElementCollection
    @CollectionTable(name = "tool_step", joinColumns = @JoinColumn(name = "tool_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> steps = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner developerPartner;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private City developedIn;

    private String duration;

    private String costs;

    private String peopleInvolved;

    private String opportunities;

    private String challenges;

    @ElementCollection
    @CollectionTable(name = "tool_target_group", joinColumns = @JoinColumn(name = "tool_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    private boolean startupFocus;

    @ManyToMany
    @JoinTable(name = "tool_pilot", joinColumns = @JoinColumn(name = "tool_id"), inverseJoinColumns = @JoinColumn(name = "pilot_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Pilot> pilots = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "tool_file", joinColumns = @JoinColumn(name = "tool_id"))
    @OrderColumn(name = "position")
    private List<ToolFile> files = new ArrayList<>();

    private String lang;

    private boolean published;

    private boolean demo;

    protected ToolCard() {
    }

    static ToolCard developedBy(Partner developer) {
        ToolCard tool = new ToolCard();
        tool.developerPartner = developer;
        return tool;
    }

    void apply(ToolDetails details, City city, Set<Pilot> usedBy) {
        List<String> cleanSteps = details.steps().stream().map(String::strip).filter(step -> !step.isEmpty()).toList();
        if (cleanSteps.isEmpty()) {
            throw new ToolRuleException("tool.error.steps", "steps");
        }
        this.title = details.title().strip();
        this.summary = details.summary();
        this.aim = details.aim();
        this.steps = new ArrayList<>(cleanSteps);
        this.developedIn = city;
        this.duration = details.duration();
        this.costs = details.costs();
        this.peopleInvolved = details.peopleInvolved();
        this.opportunities = details.opportunities();
        this.challenges = details.challenges();
        this.targetGroups = details.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(details.targetGroups());
        this.startupFocus = details.startupFocus();
        this.pilots = new HashSet<>(usedBy);
        this.lang = details.lang();
        this.published = details.published();
    }

    void reassign(Partner developer) {
        this.developerPartner = developer;
    }

    void addFile(UUID fileId, ToolFileRole role, String label) {
        files.add(new ToolFile(fileId, role, label));
    }

    void removeFile(UUID fileId) {
        if (!files.removeIf(file -> file.getFileId().equals(fileId))) {
            throw new ToolRuleException("tool.error.noSuchFile", null);
        }
    }

    void markDemo() {
        this.demo = true;
    }

    /** Whether a partner may rate this tool: it runs or takes part in a pilot that used it. */
    public boolean usedBy(Long partnerId) {
        return pilots.stream().anyMatch(pilot -> pilot.involves(partnerId));
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getAim() {
        return aim;
    }

    public List<String> getSteps() {
        return List.copyOf(steps);
    }

    public Partner getDeveloperPartner() {
        return developerPartner;
    }

    public City getDevelopedIn() {
        return developedIn;
    }

    public String getDuration() {
        return duration;
    }

    public String getCosts() {
        return costs;
    }

    public String getPeopleInvolved() {
        return peopleInvolved;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public String getChallenges() {
        return challenges;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? Set.of() : EnumSet.copyOf(targetGroups);
    }

    public boolean isStartupFocus() {
        return startupFocus;
    }

    public List<Pilot> getPilots() {
        return pilots.stream().sorted(Comparator.comparing(Pilot::getTitle)).toList();
    }

    public List<ToolFile> getFiles() {
        return List.copyOf(files);
    }

    public List<ToolFile> getDownloads() {
        return files.stream().filter(file -> !file.isImpression()).toList();
    }

    public List<ToolFile> getImpressions() {
        return files.stream().filter(ToolFile::isImpression).toList();
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
}
