package eu.cinema.actor.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.cinema.actor.ActorDetails;
import eu.cinema.actor.ActorKind;
import eu.cinema.actor.CiDomain;
import eu.cinema.actor.CreativeActor;

/** The editors' form for a creative actor. */
class ActorForm {

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotNull
    private ActorKind kind;

    private Set<CiDomain> domains = EnumSet.noneOf(CiDomain.class);

    @NotBlank
    @Size(max = 200)
    private String cityName;

    @NotBlank
    @Size(max = 2)
    private String countryCode;

    @NotNull
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @NotNull
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$")
    private String website;

    @Size(max = 10000)
    private String description;

    private String descriptionLang;

    private Long partnerId;

    private Long ownerPartnerId;

    private long version;

    static ActorForm of(CreativeActor actor) {
        ActorForm form = new ActorForm();
        form.name = actor.getName();
        form.kind = actor.getKind();
        form.domains = actor.getDomains().isEmpty() ? EnumSet.noneOf(CiDomain.class) : EnumSet.copyOf(actor.getDomains());
        form.cityName = actor.getCityName();
        form.countryCode = actor.getCountry().getCode();
        form.latitude = actor.getLocation().getY();
        form.longitude = actor.getLocation().getX();
        form.website = actor.getWebsite();
        form.description = actor.getDescription();
        form.descriptionLang = actor.getDescriptionLang();
        form.partnerId = actor.getPartner() == null ? null : actor.getPartner().getId();
        form.ownerPartnerId = actor.getOwnerPartner() == null ? null : actor.getOwnerPartner().getId();
        form.version = actor.getVersion();
        return form;
    }

    ActorDetails toDetails(String interfaceLanguage) {
        String text = description == null || description.isBlank() ? null : description.strip();
        return new ActorDetails(name.strip(), kind, domains == null ? Set.of() : domains, cityName.strip(), countryCode,
                longitude, latitude, website == null || website.isBlank() ? null : website.strip(), text,
                text == null ? null : (descriptionLang == null || descriptionLang.isBlank() ? interfaceLanguage : descriptionLang),
                partnerId);
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

    public String getCityName() {
        return cityName;
    }

    public void setCityName(String cityName) {
        this.cityName = cityName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
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
