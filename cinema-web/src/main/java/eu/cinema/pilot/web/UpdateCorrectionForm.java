package eu.cinema.pilot.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import eu.cinema.pilot.progress.IndicatorValue;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.pilot.progress.UpdateCorrection;

/** A correction of an update: its date, text, language, visibility and the values it logged (by id). */
class UpdateCorrectionForm {

    @NotNull
    private LocalDate happenedOn;

    @NotBlank
    @Size(max = 20000)
    private String narrative;

    private String narrativeLang;

    private boolean published;

    private Map<Long, BigDecimal> values = new LinkedHashMap<>();

    private long version;

    static UpdateCorrectionForm of(ProgressUpdate update, List<IndicatorValue> logged) {
        UpdateCorrectionForm form = new UpdateCorrectionForm();
        form.happenedOn = update.getHappenedOn();
        form.narrative = update.getNarrative();
        form.narrativeLang = update.getNarrativeLang();
        form.published = update.isPublished();
        logged.forEach(value -> form.values.put(value.getId(), value.getValue()));
        form.version = update.getVersion();
        return form;
    }

    UpdateCorrection toCorrection(String interfaceLanguage) {
        Map<Long, BigDecimal> figures = new LinkedHashMap<>();
        values.forEach((id, value) -> {
            if (value != null) {
                figures.put(id, value);
            }
        });
        return new UpdateCorrection(happenedOn, narrative, narrativeLang == null || narrativeLang.isBlank() ? interfaceLanguage
                : narrativeLang, published, figures);
    }

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

    public Map<Long, BigDecimal> getValues() {
        return values;
    }

    public void setValues(Map<Long, BigDecimal> values) {
        this.values = values;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
