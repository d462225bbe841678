package eu.cinema.site.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.cinema.site.Ownership;
import eu.cinema.site.Site;
import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteDetails;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;
import eu.cinema.site.Vacancy;
import eu.cinema.web.PlaceForm;

/**
 * The editors' site form; the description's language is the editor's interface language unless kept.
 * The values a site holds are checked by {@link eu.cinema.site.SiteRules}, not here, so that forms and imports agree.
 */
class SiteForm extends PlaceForm {

    private String reference;

    private String name;

    private String address;

    @Size(max = 100000)
    private String boundaryWkt;

    private BigDecimal floorAreaM2;

    private BigDecimal landAreaHa;

    @NotNull
    private SiteKind kind;

    private String formerUse;

    private Short vacantSince;

    @NotNull
    private Ownership ownership;

    private SiteCondition condition;

    private Vacancy vacancy;

    @NotNull
    private SiteStatus status;

    private boolean heritageProtected;

    private String suggestedUses;

    private String rentIndication;

    private BigDecimal rentEurPerM2;

    private String description;

    private String source;

    private String responsibleOrganisation;

    private String publicContact;

    private Long ownerPartnerId;

    private long version;

    private String descriptionLang;

    static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.reference = site.getReference();
        form.name = site.getName();
        form.address = site.getAddress();
        form.place(site.getCityName(), site.getCountry().getCode(), site.getLocation().getY(), site.getLocation().getX());
        form.boundaryWkt = site.getBoundary() == null ? null : site.getBoundary().toText();
        form.floorAreaM2 = site.getFloorAreaM2();
        form.landAreaHa = site.getLandAreaHa();
        form.kind = site.getKind();
        form.formerUse = site.getFormerUse();
        form.vacantSince = site.getVacantSince();
        form.ownership = site.getOwnership();
        form.condition = site.getCondition();
        form.vacancy = site.getVacancy();
        form.status = site.getStatus();
        form.heritageProtected = site.isHeritageProtected();
        form.suggestedUses = site.getSuggestedUses();
        form.rentIndication = site.getRentIndication();
        form.rentEurPerM2 = site.getRentEurPerM2();
        form.description = site.getDescription();
        form.descriptionLang = site.getDescriptionLang();
        form.source = site.getSource();
        form.responsibleOrganisation = site.getResponsibleOrganisation();
        form.publicContact = site.getPublicContact();
        form.ownerPartnerId = site.getOwnerPartner() == null ? null : site.getOwnerPartner().getId();
        form.version = site.getVersion();
        return form;
    }

    static SiteForm blank() {
        SiteForm form = new SiteForm();
        form.ownership = Ownership.UNKNOWN;
        form.status = SiteStatus.VACANT;
        return form;
    }

    SiteDetails toDetails(String interfaceLanguage) {
        String text = blankToNull(description);
        return new SiteDetails(blankToNull(reference), name.strip(), blankToNull(address), getCityName().strip(), getCountryCode(),
                getLongitude(), getLatitude(), blankToNull(boundaryWkt), floorAreaM2, landAreaHa, kind, blankToNull(formerUse),
                vacantSince, ownership, condition, vacancy, status, heritageProtected, blankToNull(suggestedUses),
                blankToNull(rentIndication), rentEurPerM2, text, text == null ? null : (descriptionLang == null ? interfaceLanguage : descriptionLang),
                blankToNull(source), blankToNull(responsibleOrganisation), blankToNull(publicContact));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getBoundaryWkt() {
        return boundaryWkt;
    }

    public void setBoundaryWkt(String boundaryWkt) {
        this.boundaryWkt = boundaryWkt;
    }

    public BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    public void setFloorAreaM2(BigDecimal floorAreaM2) {
        this.floorAreaM2 = floorAreaM2;
    }

    public BigDecimal getLandAreaHa() {
        return landAreaHa;
    }

    public void setLandAreaHa(BigDecimal landAreaHa) {
        this.landAreaHa = landAreaHa;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getFormerUse() {
        return formerUse;
    }

    public void setFormerUse(String formerUse) {
        this.formerUse = formerUse;
    }

    public Short getVacantSince() {
        return vacantSince;
    }

    public void setVacantSince(Short vacantSince) {
        this.vacantSince = vacantSince;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public void setOwnership(Ownership ownership) {
        this.ownership = ownership;
    }

    public SiteCondition getCondition() {
        return condition;
    }

    public void setCondition(SiteCondition condition) {
        this.condition = condition;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public void setVacancy(Vacancy vacancy) {
        this.vacancy = vacancy;
    }

    public SiteStatus getStatus() {
        return status;
    }

    public void setStatus(SiteStatus status) {
        this.status = status;
    }

    public boolean isHeritageProtected() {
        return heritageProtected;
    }

    public void setHeritageProtected(boolean heritageProtected) {
        this.heritageProtected = heritageProtected;
    }

    public String getSuggestedUses() {
        return suggestedUses;
    }

    public void setSuggestedUses(String suggestedUses) {
        this.suggestedUses = suggestedUses;
    }

    public String getRentIndication() {
        return rentIndication;
    }

    public void setRentIndication(String rentIndication) {
        this.rentIndication = rentIndication;
    }

    public BigDecimal getRentEurPerM2() {
        return rentEurPerM2;
    }

    public void setRentEurPerM2(BigDecimal rentEurPerM2) {
        this.rentEurPerM2 = rentEurPerM2;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getResponsibleOrganisation() {
        return responsibleOrganisation;
    }

    public void setResponsibleOrganisation(String responsibleOrganisation) {
        this.responsibleOrganisation = responsibleOrganisation;
    }

    public String getPublicContact() {
        return publicContact;
    }

    public void setPublicContact(String publicContact) {
        this.publicContact = publicContact;
    }

    public Long getOwnerPartnerId() {
        return ownerPartnerId;
    }

    public void setOwnerPartnerId(Long ownerPartnerId) {
        this.ownerPartnerId = ownerPartnerId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDescriptionLang() {
        return descriptionLang;
    }

    public void setDescriptionLang(String descriptionLang) {
        this.descriptionLang = descriptionLang;
    }
}
