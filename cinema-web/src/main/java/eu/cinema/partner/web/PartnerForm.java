package eu.cinema.partner.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerDetails;
import eu.cinema.partner.PartnerKind;
import eu.cinema.partner.PartnerRole;

/** The administrators' partner form. */
class PartnerForm {

    @NotBlank
    @Size(max = 300)
    private String nameEn;

    @NotBlank
    @Size(max = 300)
    private String nameOriginal;

    @Size(max = 40)
    private String acronym;

    @NotNull
    private PartnerRole role;

    @NotNull
    private PartnerKind kind;

    @NotNull
    private HelixSegment segment;

    @NotNull
    private Long cityId;

    @NotNull
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @NotNull
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$")
    private String website;

    private long version;

    static PartnerForm of(Partner partner) {
        PartnerForm form = new PartnerForm();
        form.nameEn = partner.getNameEn();
        form.nameOriginal = partner.getNameOriginal();
        form.acronym = partner.getAcronym();
        form.role = partner.getRole();
        form.kind = partner.getKind();
        form.segment = partner.getSegment();
        form.cityId = partner.getCity().getId();
        form.longitude = partner.getLocation().getX();
        form.latitude = partner.getLocation().getY();
        form.website = partner.getWebsite();
        form.version = partner.getVersion();
        return form;
    }

    PartnerDetails toDetails() {
        return new PartnerDetails(nameEn.strip(), nameOriginal.strip(), blankToNull(acronym), role, kind, segment, cityId,
                longitude, latitude, blankToNull(website));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public void setNameOriginal(String nameOriginal) {
        this.nameOriginal = nameOriginal;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public HelixSegment getSegment() {
        return segment;
    }

    public void setSegment(HelixSegment segment) {
        this.segment = segment;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
