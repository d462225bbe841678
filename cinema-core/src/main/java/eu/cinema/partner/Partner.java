package eu.cinema.partner;

import java.util.Locale;

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
import eu.cinema.region.City;
import eu.cinema.region.Country;

/**
 * An organisation of the partnership or the network. It keeps its English name and its name as
 * the project description gives it (in that description's language).
 */
@Entity
@Audited
public class Partner extends BaseEntity {

    private String nameEn;

    private String nameOriginal;

    private String nameOriginalLang;

    private String acronym;

    @Enumerated(EnumType.STRING)
    private PartnerRole role;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    @Enumerated(EnumType.STRING)
    private HelixSegment segment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private City city;

    private Point location;

    private String website;

    private int sortOrder;

    protected Partner() {
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public String getNameOriginalLang() {
        return nameOriginalLang;
    }

    /** The name in the visitor's language where the partnership has one, else the English name. */
    public String displayName(Locale locale) {
        return locale.getLanguage().equals(nameOriginalLang) ? nameOriginal : nameEn;
    }

    public String getAcronym() {
        return acronym;
    }

    public PartnerRole getRole() {
        return role;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public HelixSegment getSegment() {
        return segment;
    }

    public Country getCountry() {
        return country;
    }

    public City getCity() {
        return city;
    }

    public Point getLocation() {
        return location;
    }

    public String getWebsite() {
        return website;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isLead() {
        return role == PartnerRole.LEAD_PARTNER;
    }

    void update(PartnerDetails details, City newCity, Point newLocation) {
        this.nameEn = details.nameEn();
        this.nameOriginal = details.nameOriginal();
        this.acronym = details.acronym();
        this.role = details.role();
        this.kind = details.kind();
        this.segment = details.segment();
        this.city = newCity;
        this.country = newCity.getCountry();
        this.location = newLocation;
        this.website = details.website();
    }
}
