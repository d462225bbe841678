package eu.cinema.site;

import java.util.Locale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

import eu.cinema.common.BaseEntity;
import eu.cinema.partner.Partner;
import eu.cinema.region.City;
import eu.cinema.region.Country;

/**
 * An abandoned or under-used building or area. Proposed sites stay invisible to the public until a
 * moderator publishes them. The proposer's e-mail is kept for the moderators only, never in the history.
 */
@Entity
@Audited
public class Site extends BaseEntity {

    static final int MAX_REASON_LENGTH = 1000;

    @Size(max = 100)
    private String reference;

    @NotBlank
    @Size(max = 300)
    private String name;

    @Size(max = 500)
    private String address;

    @NotBlank
    @Size(max = 200)
    private String cityName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    private Point location;

    private MultiPolygon boundary;

    @Column(name = "floor_area_m2")
    @DecimalMin("0")
    @Digits(integer = 11, fraction = 1)
    private BigDecimal floorAreaM2;

    @DecimalMin("0")
    @Digits(integer = 8, fraction = 4)
    private BigDecimal landAreaHa;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    @Size(max = 300)
    private String formerUse;

    @Min(1800)
    @Max(2100)
    private Short vacantSince;

    @Enumerated(EnumType.STRING)
    private Ownership ownership = Ownership.UNKNOWN;

    @Enumerated(EnumType.STRING)
    private SiteCondition condition;

    @Enumerated(EnumType.STRING)
    private Vacancy vacancy;

    @Enumerated(EnumType.STRING)
    private SiteStatus status = SiteStatus.VACANT;

    private boolean heritageProtected;

    @Size(max = 1000)
    private String suggestedUses;

    @Size(max = 200)
    private String rentIndication;

    /** Monthly rent per square metre in EUR, where the owner states one: space matching compares it. */
    @DecimalMin("0")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal rentEurPerM2;

    /** Longer than any site description seen; the column itself is unbounded text. */
    @Size(max = 10000)
    private String description;

    private String descriptionLang;

    @Size(max = 300)
    private String source;

    @Size(max = 300)
    private String responsibleOrganisation;

    @Size(max = 300)
    private String publicContact;

    @NotAudited
    private String proposerEmail;

    @NotAudited
    private String proposerLanguage;

    /** The city as the proposer typed it, kept when the gazetteer's spelling replaced it. */
    @NotAudited
    private String cityAsEntered;

    @Enumerated(EnumType.STRING)
    private Publication publication;

    private String rejectionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner ownerPartner;

    private boolean demo;

    /** The publisher's FirstAddedDate, for a site from a register that gives one; only the import writes it. */
    @Column(updatable = false, insertable = false)
    private LocalDate firstAddedOn;

    /** The publisher's LastUpdatedDate, likewise. */
    @Column(updatable = false, insertable = false)
    private LocalDate lastUpdatedOn;

    @ElementCollection
    @CollectionTable(name = "site_photo", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "file_id")
    @OrderColumn(name = "position")
    @NotAudited
    private List<UUID> photoIds = new ArrayList<>();

    protected Site() {
    }

    /** A site entered by a partner's editor: published at once, owned by that partner. */
    static Site ownedBy(Partner owner, SiteDetails details, Country country, Point location, MultiPolygon boundary) {
        Site site = new Site();
        site.ownerPartner = owner;
        site.publication = Publication.PUBLISHED;
        site.apply(details, country, location, boundary);
        return site;
    }

    /** A site proposed by anyone: it waits for a moderator. */
    static Site proposed(SiteProposal proposal, Country country, Point location, City gazetteerCity) {
        Site site = new Site();
        site.publication = Publication.PROPOSED;
        site.name = proposal.name();
        site.kind = proposal.kind();
        site.cityName = proposal.cityName();
        if (gazetteerCity != null && !gazetteerCity.getName().equals(proposal.cityName())) {
            site.cityName = gazetteerCity.getName();
            site.cityAsEntered = proposal.cityName();
        }
        site.description = proposal.description();
        site.descriptionLang = proposal.descriptionLang();
        site.proposerEmail = proposal.contactEmail();
        site.proposerLanguage = proposal.proposerLanguage();
        site.source = "proposal";
        site.country = country;
        site.location = location;
        return site;
    }

    void apply(SiteDetails details, Country newCountry, Point newLocation, MultiPolygon newBoundary) {
        this.reference = details.reference();
        this.name = details.name();
        this.address = details.address();
        this.cityName = details.cityName();
        this.country = newCountry;
        this.location = newLocation;
        this.boundary = newBoundary;
        this.floorAreaM2 = details.floorAreaM2();
        this.landAreaHa = details.landAreaHa();
        this.kind = details.kind();
        this.formerUse = details.formerUse();
        this.vacantSince = details.vacantSince();
        this.ownership = details.ownership() == null ? Ownership.UNKNOWN : details.ownership();
        this.condition = details.condition();
        this.vacancy = details.vacancy();
        this.status = details.status() == null ? SiteStatus.VACANT : details.status();
        this.heritageProtected = details.heritageProtected();
        this.suggestedUses = details.suggestedUses();
        this.rentIndication = details.rentIndication();
        if (details.rentEurPerM2() != null && details.rentEurPerM2().signum() < 0) {
            throw new SiteRuleException("site.error.negativeRent", "rentEurPerM2");
        }
        this.rentEurPerM2 = details.rentEurPerM2();
        this.description = details.description();
        this.descriptionLang = details.descriptionLang();
        this.source = details.source();
        this.responsibleOrganisation = details.responsibleOrganisation();
        this.publicContact = details.publicContact();
    }

    /** Moderation publishes a proposal; a rejected or archived site is not brought back this way. */
    /** Publishes a proposal; {@code keeper}, when given, keeps it up from now on (a proposal has no owner before). */
    void publish(Partner keeper) {
        if (publication == Publication.PUBLISHED) {
            throw new SiteRuleException("site.error.alreadyPublished", null);
        }
        if (publication != Publication.PROPOSED) {
            throw new SiteRuleException("site.error.notProposed", null);
        }
        this.publication = Publication.PUBLISHED;
        this.rejectionReason = null;
        if (ownerPartner == null) {
            this.ownerPartner = keeper;
        }
    }

    void reject(String reason) {
        if (publication != Publication.PROPOSED) {
            throw new SiteRuleException("site.error.notProposed", null);
        }
        if (reason == null || reason.isBlank()) {
            throw new SiteRuleException("site.error.reasonRequired", "reason");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new SiteRuleException("site.error.reasonTooLong", "reason", MAX_REASON_LENGTH);
        }
        this.publication = Publication.REJECTED;
        this.rejectionReason = reason.strip();
    }

    void archive() {
        this.publication = Publication.ARCHIVED;
    }

    void markDemo() {
        this.demo = true;
    }

    void addPhoto(UUID fileId) {
        photoIds.add(fileId);
    }

    public boolean isPublic() {
        return publication == Publication.PUBLISHED;
    }

    public LocalDate getFirstAddedOn() {
        return firstAddedOn;
    }

    public LocalDate getLastUpdatedOn() {
        return lastUpdatedOn;
    }

    public String getReference() {
        return reference;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
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

    public MultiPolygon getBoundary() {
        return boundary;
    }

    public BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    public BigDecimal getLandAreaHa() {
        return landAreaHa;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getFormerUse() {
        return formerUse;
    }

    public Short getVacantSince() {
        return vacantSince;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public SiteCondition getCondition() {
        return condition;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public SiteStatus getStatus() {
        return status;
    }

    public boolean isHeritageProtected() {
        return heritageProtected;
    }

    public String getSuggestedUses() {
        return suggestedUses;
    }

    public BigDecimal getRentEurPerM2() {
        return rentEurPerM2;
    }

    public String getRentIndication() {
        return rentIndication;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionLang() {
        return descriptionLang;
    }

    public String getSource() {
        return source;
    }

    public String getResponsibleOrganisation() {
        return responsibleOrganisation;
    }

    public String getPublicContact() {
        return publicContact;
    }

    public String getProposerEmail() {
        return proposerEmail;
    }

    /** The language the proposer used the portal in, for what is written to them; English for older proposals. */
    public Locale getProposerLanguage() {
        return proposerLanguage == null ? Locale.ENGLISH : Locale.forLanguageTag(proposerLanguage);
    }

    public String getCityAsEntered() {
        return cityAsEntered;
    }

    public Publication getPublication() {
        return publication;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Partner getOwnerPartner() {
        return ownerPartner;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<UUID> getPhotoIds() {
        return List.copyOf(photoIds);
    }
}
