package eu.cinema.recommendation;

import java.util.HashSet;
import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.NotFoundException;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.plan.ActionPlanRepository;

/**
 * The library of policy recommendations: the public reads the published ones, administrators
 * write them. The library holds tens of entries, so its filters work on the loaded list.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final PilotRepository pilots;
    private final ActionPlanRepository plans;
    private final RecommendationPermissions permissions;

    RecommendationService(RecommendationRepository recommendations, PilotRepository pilots, ActionPlanRepository plans,
            RecommendationPermissions permissions) {
        this.recommendations = recommendations;
        this.pilots = pilots;
        this.plans = plans;
        this.permissions = permissions;
    }

    public List<PolicyRecommendation> find(RecommendationLevel level, RecommendationTopic topic, String countryCode) {
        return recommendations.findAllWithCountries().stream()
                .filter(permissions::mayView)
                .filter(r -> level == null || r.getLevel() == level)
                .filter(r -> topic == null || r.getTopic() == topic)
                .filter(r -> countryCode == null || r.getCountryCodes().contains(countryCode))
                .toList();
    }

    /** One recommendation with its evidence; an unpublished one only for administrators. */
    public PolicyRecommendation get(long id) {
        PolicyRecommendation recommendation = recommendations.findById(id)
                .filter(permissions::mayView)
                .orElseThrow(() -> new NotFoundException("recommendation", id));
        Hibernate.initialize(recommendation.getCountryCodes());
        recommendation.getPilots().forEach(pilot -> Hibernate.initialize(pilot.getCity()));
        recommendation.getPlans().forEach(plan -> plan.getVersions().forEach(Hibernate::initialize));
        return recommendation;
    }

    @Transactional
    @AdministratorsOnly
    public PolicyRecommendation create(RecommendationDetails details) {
        PolicyRecommendation recommendation = PolicyRecommendation.create();
        apply(recommendation, details);
        return recommendations.save(recommendation);
    }

    @Transactional
    @AdministratorsOnly
    public PolicyRecommendation update(long id, long expectedVersion, RecommendationDetails details) {
        PolicyRecommendation recommendation = recommendations.findById(id).orElseThrow(() -> new NotFoundException("recommendation", id));
        recommendation.requireVersion(expectedVersion);
        apply(recommendation, details);
        return recommendations.saveAndFlush(recommendation);
    }

    private void apply(PolicyRecommendation recommendation, RecommendationDetails details) {
        recommendation.apply(details, new HashSet<>(pilots.findAllById(details.pilotIds())),
                new HashSet<>(plans.findAllById(details.planIds())));
    }
}
