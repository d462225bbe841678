package eu.cinema.matching.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;


import eu.cinema.common.Position;
import eu.cinema.matching.IntendedUse;
import eu.cinema.matching.SpaceNeed;

/** What a seeker asks for on the matching page; a city, or a point, is the centre of the search. */
class MatchForm {

    private Long cityId;

    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("300")
    private Double radiusKm = 10.0;

    @DecimalMin("0")
    @Digits(integer = 8, fraction = 1)
    private BigDecimal minAreaM2;

    @DecimalMin("0")
    @Digits(integer = 8, fraction = 1)
    private BigDecimal maxAreaM2;

    @DecimalMin("0")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal maxRent;

    private IntendedUse use;

    private LocalDate neededFrom;

    /** Whether the seeker has said where: a city, or both coordinates. */
    boolean hasPlace() {
        return cityId != null || (latitude != null && longitude != null);
    }

    SpaceNeed toNeed(Position place) {
        return new SpaceNeed(place, radiusKm, minAreaM2, maxAreaM2, maxRent, use, neededFrom);
    }


    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
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

    public Double getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(Double radiusKm) {
        this.radiusKm = radiusKm;
    }

    public BigDecimal getMinAreaM2() {
        return minAreaM2;
    }

    public void setMinAreaM2(BigDecimal minAreaM2) {
        this.minAreaM2 = minAreaM2;
    }

    public BigDecimal getMaxAreaM2() {
        return maxAreaM2;
    }

    public void setMaxAreaM2(BigDecimal maxAreaM2) {
        this.maxAreaM2 = maxAreaM2;
    }

    public BigDecimal getMaxRent() {
        return maxRent;
    }

    public void setMaxRent(BigDecimal maxRent) {
        this.maxRent = maxRent;
    }

    public IntendedUse getUse() {
        return use;
    }

    public void setUse(IntendedUse use) {
        this.use = use;
    }

    public LocalDate getNeededFrom() {
        return neededFrom;
    }

    public void setNeededFrom(LocalDate neededFrom) {
        this.neededFrom = neededFrom;
    }
}
