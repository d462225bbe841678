package eu.cinema.pilot;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import eu.cinema.roadmap.RoadmapTheme;

/** The pilots page's filters; an absent value does not filter. */
public record PilotFilter(String countryCode, Long cityId, PilotKind kind, PilotStatus status, RoadmapTheme theme) {

    /** Every pilot. */
    public static final PilotFilter ALL = new PilotFilter(null, null, null, null, null);

    static final Sort ORDER = Sort.by("startsOn", "title", "id");

    Specification<Pilot> toSpecification() {
        List<Specification<Pilot>> conditions = new ArrayList<>();
        if (countryCode != null) {
            conditions.add((pilot, query, cb) -> cb.equal(pilot.get("city").get("country").get("code"), countryCode));
        }
        if (cityId != null) {
            conditions.add((pilot, query, cb) -> cb.equal(pilot.get("city").get("id"), cityId));
        }
        if (kind != null) {
            conditions.add((pilot, query, cb) -> cb.equal(pilot.get("kind"), kind));
        }
        if (status != null) {
            conditions.add((pilot, query, cb) -> cb.equal(pilot.get("status"), status));
        }
        if (theme != null) {
            conditions.add((pilot, query, cb) -> cb.equal(pilot.get("theme"), theme));
        }
        return Specification.allOf(conditions);
    }
}
