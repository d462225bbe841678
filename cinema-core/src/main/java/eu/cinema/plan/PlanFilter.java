package eu.cinema.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import eu.cinema.roadmap.RoadmapTheme;

/**
 * What the plans list is narrowed to. The state is published unless an editor asks for drafts,
 * and then only the drafts they may edit are found (see {@link PlanService#find}).
 */
public record PlanFilter(String countryCode, RoadmapTheme theme, PlanState state) {

    static final Sort ORDER = Sort.by("title", "id");

    Specification<PlanVersion> toSpecification(Long onlyOwner) {
        List<Specification<PlanVersion>> conditions = new ArrayList<>();
        conditions.add((version, query, cb) -> cb.equal(version.get("state"), state == null ? PlanState.PUBLISHED : state));
        if (countryCode != null) {
            conditions.add((version, query, cb) -> cb.equal(version.get("plan").get("city").get("country").get("code"), countryCode));
        }
        if (theme != null) {
            conditions.add((version, query, cb) -> cb.equal(version.get("theme"), theme));
        }
        if (onlyOwner != null) {
            conditions.add((version, query, cb) -> cb.equal(version.get("plan").get("ownerPartner").get("id"), onlyOwner));
        }
        return Specification.allOf(conditions);
    }
}
