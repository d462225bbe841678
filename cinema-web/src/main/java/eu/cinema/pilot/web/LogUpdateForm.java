package eu.cinema.pilot.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** An editor logging what happened (today, unless they say otherwise): milestones reached, indicator values, evidence files. */
class LogUpdateForm {

    @NotNull
    private LocalDate happenedOn = LocalDate.now();

    @NotBlank
    @Size(max = 20000)
    private String narrative;

    private String narrativeLang;

    private boolean published = true;

    private Set<Long> milestonesReached = new HashSet<>();

    private Map<Long, BigDecimal> indicatorValues = new HashMap<>();

    private List<MultipartFile> evidence = List.of();

    /** This form's one-time token: sent twice, it still logs one update. */
    private UUID submission = UUID.randomUUID();

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getNarrativeLang() {
        return narrativeLang;
    }

    public void setNarrativeLang(String narrativeLang) {
        this.narrativeLang = narrativeLang;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Set<Long> getMilestonesReached() {
        return milestonesReached;
    }

    public void setMilestonesReached(Set<Long> milestonesReached) {
        this.milestonesReached = milestonesReached;
    }

    public Map<Long, BigDecimal> getIndicatorValues() {
        return indicatorValues;
    }

    public void setIndicatorValues(Map<Long, BigDecimal> indicatorValues) {
        this.indicatorValues = indicatorValues;
    }

    public List<MultipartFile> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<MultipartFile> evidence) {
        this.evidence = evidence;
    }

    public UUID getSubmission() {
        return submission;
    }

    public void setSubmission(UUID submission) {
        this.submission = submission;
    }
}
