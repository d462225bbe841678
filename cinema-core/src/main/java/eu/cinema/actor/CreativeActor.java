package eu.cinema.actor;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.locationtech.jts.geom.Point;

import eu.cinema.common.BaseEntity;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.Partner;
import eu.cinema.region.Country;

/** A creative-industry business, hub or support centre on the creative-industries map. */
@Entity
@Audited
public class CreativeActor extends BaseEntity {

    private String name;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "creative_actor_domain", joinColumns = @JoinColumn(name = "creative_actor_id"))
    @Column(name = "domain")
    @Enumerated(EnumType.STRING)
    private Set<CiDomain> domains = EnumSet.noneOf(CiDomain.class);

    private String cityName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    private Point location;

    private String website;

    private String description;

    private String descriptionLang;

    /** The partner organisation this actor is, if it is one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner partner;

    /** The partner whose editors keep this entry up to date. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner ownerPartner;

    @Enumerated(EnumType.STRING)
    private HelixSegment segment = HelixSegment.BUSINESS;

    private String contactEmail;

    private String contactPhone;

    /** Whether the contact e-mail and phone may be shown to the public; without it they serve editors only. */
    private boolean contactPublic;

    private boolean demo;

    protected CreativeActor() {
    }

    static CreativeActor ownedBy(Partner owner, ActorDetails details, Country country, Point location, Partner partner) {
        CreativeActor actor = new CreativeActor();
        actor.ownerPartner = owner;
        actor.apply(details, country, location, partner);
        return actor;
    }

    void apply(ActorDetails details, Country newCountry, Point newLocation, Partner newPartner) {
        this.name = details.name();
        this.kind = details.kind();
        this.domains = details.domains().isEmpty() ? EnumSet.noneOf(CiDomain.class) : EnumSet.copyOf(details.domains());
        this.cityName = details.cityName();
        this.country = newCountry;
        this.location = newLocation;
        this.website = details.website();
        this.description = details.description();
        this.descriptionLang = details.descriptionLang();
        this.segment = details.segment() == null ? HelixSegment.BUSINESS : details.segment();
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        this.contactPublic = details.contactPublic();
        this.partner = newPartner;
    }

    void markDemo() {
        this.demo = true;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public Set<CiDomain> getDomains() {
        return Set.copyOf(domains);
    }

    public String getCityName() {
        return cityName;
    }

    public Country getCountry() {
        return country;
    }

    public Point getLocation() {
        return location;
    }

    public String getWebsite() {
        return website;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionLang() {
        return descriptionLang;
    }

    public Partner getPartner() {
        return partner;
    }

    public Partner getOwnerPartner() {
        return ownerPartner;
    }

    public HelixSegment getSegment() {
        return segment;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isContactPublic() {
        return contactPublic;
    }

    public boolean isDemo() {
        return demo;
    }
}
