package eu.cinema.partner;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The partners page's filters; an absent value does not filter. */
public record PartnerFilter(String countryCode, PartnerRole role) {

    static final Sort SEED_ORDER = Sort.by("sortOrder", "id");

    Specification<Partner> toSpecification() {
        List<Specification<Partner>> conditions = new ArrayList<>();
        if (countryCode != null) {
            conditions.add((partner, query, cb) -> cb.equal(partner.get("country").get("code"), countryCode));
        }
        if (role != null) {
            conditions.add((partner, query, cb) -> cb.equal(partner.get("role"), role));
        }
        return Specification.allOf(conditions);
    }
}
