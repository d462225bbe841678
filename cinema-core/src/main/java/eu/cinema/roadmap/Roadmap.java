package eu.cinema.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;

import eu.cinema.region.City;

/** One theme's roadmap: the change it expects, the urban challenges it answers, measures per pilot location. */
@Entity
public class Roadmap {

    @Id
    @Enumerated(EnumType.STRING)
    private RoadmapTheme theme;

    @Version
    private long version;

    private String expectedChange;

    private String urbanChallenges;

    @UpdateTimestamp
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "theme", nullable = false)
    @OrderBy("position")
    private List<RoadmapMeasure> measures = new ArrayList<>();

    protected Roadmap() {
    }

    public RoadmapTheme getTheme() {
        return theme;
    }

    public long getVersion() {
        return version;
    }

    public String getExpectedChange() {
        return expectedChange;
    }

    public String getUrbanChallenges() {
        return urbanChallenges;
    }

    public List<RoadmapMeasure> getMeasures() {
        return List.copyOf(measures);
    }

    void describe(String newExpectedChange, String newUrbanChallenges) {
        this.expectedChange = newExpectedChange;
        this.urbanChallenges = newUrbanChallenges;
    }

    void clearMeasures() {
        measures.clear();
    }

    void addMeasure(City city, String text) {
        measures.add(new RoadmapMeasure(city, text, (short) measures.size()));
    }
}
