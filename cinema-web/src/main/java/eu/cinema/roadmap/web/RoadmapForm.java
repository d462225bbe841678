package eu.cinema.roadmap.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.cinema.roadmap.Roadmap;
import eu.cinema.roadmap.RoadmapService.MeasureText;

/** The administrators' roadmap form: its two texts, and one row per pilot location plus an empty one. */
class RoadmapForm {

    @NotBlank
    @Size(max = 5000)
    private String expectedChange;

    @NotBlank
    @Size(max = 5000)
    private String urbanChallenges;

    @Valid
    private List<MeasureRow> measures = new ArrayList<>();

    private long version;

    static RoadmapForm of(Roadmap roadmap) {
        RoadmapForm form = new RoadmapForm();
        form.expectedChange = roadmap.getExpectedChange();
        form.urbanChallenges = roadmap.getUrbanChallenges();
        roadmap.getMeasures().forEach(m -> form.measures.add(new MeasureRow(m.getCity().getId(), m.getMeasures())));
        form.measures.add(new MeasureRow(null, null));
        form.version = roadmap.getVersion();
        return form;
    }

    List<MeasureText> measureTexts() {
        return measures.stream().map(row -> new MeasureText(row.getCityId(), row.getText())).toList();
    }

    public String getExpectedChange() {
        return expectedChange;
    }

    public void setExpectedChange(String expectedChange) {
        this.expectedChange = expectedChange;
    }

    public String getUrbanChallenges() {
        return urbanChallenges;
    }

    public void setUrbanChallenges(String urbanChallenges) {
        this.urbanChallenges = urbanChallenges;
    }

    public List<MeasureRow> getMeasures() {
        return measures;
    }

    public void setMeasures(List<MeasureRow> measures) {
        this.measures = measures;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** One pilot location's measures; an empty text removes the row. */
    public static class MeasureRow {

        private Long cityId;

        @Size(max = 2000)
        private String text;

        public MeasureRow() {
        }

        MeasureRow(Long cityId, String text) {
            this.cityId = cityId;
            this.text = text;
        }

        public Long getCityId() {
            return cityId;
        }

        public void setCityId(Long cityId) {
            this.cityId = cityId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
