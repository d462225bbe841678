package eu.cinema.roadmap;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.StaleEditException;
import eu.cinema.region.CityRepository;

/** Reading the three roadmaps, and the administrators' edits of them. */
@Service
@Transactional(readOnly = true)
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final CityRepository cities;

    RoadmapService(RoadmapRepository roadmaps, CityRepository cities) {
        this.roadmaps = roadmaps;
        this.cities = cities;
    }

    public Roadmap get(RoadmapTheme theme) {
        return roadmaps.findWithMeasuresByTheme(theme).orElseThrow(() -> new NotFoundException("roadmap", theme));
    }

    /** Replaces the roadmap's texts and measures; measures with an empty text are dropped. */
    @Transactional
    @AdministratorsOnly
    public Roadmap update(RoadmapTheme theme, long expectedVersion, String expectedChange, String urbanChallenges,
            List<MeasureText> measures) {
        Roadmap roadmap = get(theme);
        if (roadmap.getVersion() != expectedVersion) {
            throw new StaleEditException("Roadmap", null, expectedVersion, roadmap.getVersion());
        }
        roadmap.describe(expectedChange.strip(), urbanChallenges.strip());
        roadmap.clearMeasures();
        for (MeasureText measure : measures) {
            if (measure.text() != null && !measure.text().isBlank() && measure.cityId() != null) {
                roadmap.addMeasure(cities.findById(measure.cityId())
                        .orElseThrow(() -> new NotFoundException("city", measure.cityId())), measure.text().strip());
            }
        }
        return roadmaps.saveAndFlush(roadmap);
    }

    /** One pilot location's measures as an administrator wrote them. */
    public record MeasureText(Long cityId, String text) {
    }
}
