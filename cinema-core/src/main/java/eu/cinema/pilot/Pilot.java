package eu.cinema.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

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

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.locationtech.jts.geom.Point;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.cinema.actor.CiDomain;
import eu.cinema.common.BaseEntity;
import eu.cinema.common.Refusals;
import eu.cinema.partner.Partner;
import eu.cinema.region.City;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.site.Site;

/**
 * A pilot collaboration or CI support centre, owned by one partner, with participating partners
 * whose editors may work on it too when the owner allows it.
 */
@Entity
@Audited
public class Pilot extends BaseEntity {

    private String title;

    @Enumerated(EnumType.STRING)
    private PilotKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner ownerPartner;

    @ManyToMany
    @JoinTable(name = "pilot_participant", joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @NotAudited
    private Set<Partner> participants = new HashSet<>();

    private boolean participantsMayEdit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private City city;

    private Point location;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Site site;

    @Enumerated(EnumType.STRING)
    private RoadmapTheme theme;

    @ElementCollection
    @CollectionTable(name = "pilot_domain", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "domain")
    @Enumerated(EnumType.STRING)
    @NotAudited
    private Set<CiDomain> domains = EnumSet.noneOf(CiDomain.class);

    @ElementCollection
    @CollectionTable(name = "pilot_sector", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    @NotAudited
    private Set<UrbanSector> sectors = EnumSet.noneOf(UrbanSector.class);

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private PilotStatus status = PilotStatus.PLANNED;

    private String objectives;

    private BigDecimal budgetEur;

    private String summary;

    private String summaryLang;

    private boolean demo;

    protected Pilot() {
    }

    static Pilot ownedBy(Partner owner) {
        Pilot pilot = new Pilot();
        pilot.ownerPartner = owner;
        return pilot;
    }

    /** The rules for a pilot's details, all reported at once: dates in order, no negative budget. */
    public static void check(PilotDetails details) {
        new Refusals()
                .when(details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn()),
                        () -> new PilotRuleException("pilot.error.endBeforeStart", "endsOn"))
                .when(details.budgetEur() != null && details.budgetEur().signum() < 0,
                        () -> new PilotRuleException("pilot.error.negativeBudget", "budgetEur"))
                .throwIfAny();
    }

    /** Applies an editor's details after {@link #check}; the status change must make sense too. */
    void apply(PilotDetails details, Set<Partner> newParticipants, City newCity, Point newLocation, Site newSite) {
        check(details);
        PilotStatus wanted = details.status() == null ? status : details.status();
        if (getId() != null && !status.mayBecome(wanted)) {
            // The statuses by their names in the reader's language, not their codes.
            throw new PilotRuleException("pilot.error.statusChange", "status", new DefaultMessageSourceResolvable("pilot.status." + status.name()),
                    new DefaultMessageSourceResolvable("pilot.status." + wanted.name()));
        }
        this.title = details.title();
        this.kind = details.kind();
        this.participants = new HashSet<>(newParticipants);
        this.participantsMayEdit = details.participantsMayEdit();
        this.city = newCity;
        this.location = newLocation;
        this.site = newSite;
        this.theme = details.theme();
        this.domains = details.domains().isEmpty() ? EnumSet.noneOf(CiDomain.class) : EnumSet.copyOf(details.domains());
        this.sectors = details.sectors().isEmpty() ? EnumSet.noneOf(UrbanSector.class) : EnumSet.copyOf(details.sectors());
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.status = wanted;
        this.objectives = details.objectives();
        this.budgetEur = details.budgetEur();
        this.summary = details.summary();
        this.summaryLang = details.summaryLang();
    }

    void markDemo() {
        this.demo = true;
    }

    /** Whether the pilot reports on these days: it has started, and its dates touch them. */
    public boolean reportsOn(LocalDate from, LocalDate to) {
        return status.isStarted() && !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    /** Whether {@code partnerId} runs this pilot or takes part in it. */
    public boolean involves(Long partnerId) {
        return partnerId != null && (partnerId.equals(ownerPartner.getId())
                || participants.stream().anyMatch(p -> partnerId.equals(p.getId())));
    }

    /** Whether the editors of {@code partnerId} may work on this pilot. */
    public boolean editableBy(Long partnerId) {
        if (partnerId == null) {
            return false;
        }
        return partnerId.equals(ownerPartner.getId())
                || (participantsMayEdit && participants.stream().anyMatch(p -> partnerId.equals(p.getId())));
    }

    public String getTitle() {
        return title;
    }

    public PilotKind getKind() {
        return kind;
    }

    public Partner getOwnerPartner() {
        return ownerPartner;
    }

    public Set<Partner> getParticipants() {
        return Set.copyOf(participants);
    }

    public boolean isParticipantsMayEdit() {
        return participantsMayEdit;
    }

    public City getCity() {
        return city;
    }

    public Point getLocation() {
        return location;
    }

    public Site getSite() {
        return site;
    }

    public RoadmapTheme getTheme() {
        return theme;
    }

    public Set<CiDomain> getDomains() {
        return Set.copyOf(domains);
    }

    public Set<UrbanSector> getSectors() {
        return Set.copyOf(sectors);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public PilotStatus getStatus() {
        return status;
    }

    public String getObjectives() {
        return objectives;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryLang() {
        return summaryLang;
    }

    public boolean isDemo() {
        return demo;
    }
}
