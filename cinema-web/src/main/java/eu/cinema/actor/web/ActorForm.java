package eu.cinema.actor.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.cinema.actor.ActorDetails;
import eu.cinema.actor.ActorKind;
import eu.cinema.actor.CiDomain;
import eu.cinema.actor.CreativeActor;
import eu.cinema.partner.HelixSegment;
import eu.cinema.web.PlaceForm;

/** The editors' form for a creative actor. */
class ActorForm extends PlaceForm {

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotNull
    private ActorKind kind;

    private Set<CiDomain> domains = EnumSet.noneOf(CiDomain.class);

    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$")
    private String website;

    @Size(max = 10000)
    private String description;

    private String descriptionLang;

    private Long partnerId;

    private Long ownerPartnerId;

    @NotNull
    private HelixSegment segment = HelixSegment.BUSINESS;

    @Email
    @Size(max = 320)
    private String contactEmail;

    @Size(max = 60)
    @Pattern(regexp = "^$|^[+0-9 ()/.-]+$")
    private String contactPhone;

    private boolean contactPublic;

    private long version;

    static ActorForm of(CreativeActor actor) {
        ActorForm form = new ActorForm();
        form.name = actor.getName();
        form.kind = actor.getKind();
        form.domains = actor.getDomains().isEmpty() ? EnumSet.noneOf(CiDomain.class) : EnumSet.copyOf(actor.getDomains());
        form.place(actor.getCityName(), actor.getCountry().getCode(), actor.getLocation().getY(), actor.getLocation().getX());
        form.website = actor.getWebsite();
        form.description = actor.getDescription();
        form.descriptionLang = actor.getDescriptionLang();
        form.partnerId = actor.getPartner() == null ? null : actor.getPartner().getId();
        form.ownerPartnerId = actor.getOwnerPartner() == null ? null : actor.getOwnerPartner().getId();
        form.segment = actor.getSegment();
        form.contactEmail = actor.getContactEmail();
        form.contactPhone = actor.getContactPhone();
        form.contactPublic = actor.isContactPublic();
        form.version = actor.getVersion();
        return form;
    }

    ActorDetails toDetails(String interfaceLanguage) {
        String text = description == null || description.isBlank() ? null : description.strip();
        return new ActorDetails(name.strip(), kind, domains == null ? Set.of() : domains, getCityName().strip(), getCountryCode(),
                getLongitude(), getLatitude(), website == null || website.isBlank() ? null : website.strip(), text,
                text == null ? null : (descriptionLang == null || descriptionLang.isBlank() ? interfaceLanguage : descriptionLang),
                partnerId, segment, blankToNull(contactEmail), blankToNull(contactPhone), contactPublic);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public HelixSegment getSegment() {
        return segment;
    }

    public void setSegment(HelixSegment segment) {
        this.segment = segment;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isContactPublic() {
        return contactPublic;
    }

    public void setContactPublic(boolean contactPublic) {
        this.contactPublic = contactPublic;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public Set<CiDomain> getDomains() {
        return domains;
    }

    public void setDomains(Set<CiDomain> domains) {
        this.domains = domains;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionLang() {
        return descriptionLang;
    }

    public void setDescriptionLang(String descriptionLang) {
        this.descriptionLang = descriptionLang;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
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
}
