package eu.cinema.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.common.BaseEntity;
import eu.cinema.partner.Partner;
import eu.cinema.region.City;

/**
 * A municipality's local action plan: who owns it and where it applies. Its text lives in its
 * versions, at most one of them a draft and at most one published at a time.
 */
@Entity
@Audited
public class ActionPlan extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner ownerPartner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private City city;

    private boolean demo;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    @NotAudited
    private List<PlanVersion> versions = new ArrayList<>();

    protected ActionPlan() {
    }

    ActionPlan(Partner ownerPartner, City city) {
        this.ownerPartner = ownerPartner;
        this.city = city;
    }

    void markDemo() {
        this.demo = true;
    }

    /** Whether the editors of {@code partnerId} may write this plan. */
    public boolean ownedBy(Long partnerId) {
        return partnerId != null && partnerId.equals(ownerPartner.getId());
    }

    public Optional<PlanVersion> draft() {
        return versions.stream().filter(PlanVersion::isDraft).findFirst();
    }

    public Optional<PlanVersion> published() {
        return versions.stream().filter(v -> v.getState() == PlanState.PUBLISHED).findFirst();
    }

    /** The newest version, draft or not: the one a new draft copies and the edit page starts from. */
    public PlanVersion latest() {
        return versions.stream().max(Comparator.comparingInt(PlanVersion::getNumber))
                .orElseThrow(() -> new IllegalStateException("Plan " + getId() + " has no version"));
    }

    List<PlanVersion> versions() {
        return versions;
    }

    public List<PlanVersion> getVersions() {
        return List.copyOf(versions);
    }

    public Partner getOwnerPartner() {
        return ownerPartner;
    }

    public City getCity() {
        return city;
    }

    public boolean isDemo() {
        return demo;
    }
}
