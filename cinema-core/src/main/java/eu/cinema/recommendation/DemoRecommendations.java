package eu.cinema.recommendation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.plan.ActionPlan;
import eu.cinema.plan.ActionPlanRepository;

/** A few recommendations of the kind the project wrote, marked as demo data, with pilots and plans as evidence. */
@Component
@Profile("demo")
@Order(16)
class DemoRecommendations implements ApplicationRunner {

    private final RecommendationRepository recommendations;
    private final PilotRepository pilots;
    private final ActionPlanRepository plans;

    DemoRecommendations(RecommendationRepository recommendations, PilotRepository pilots, ActionPlanRepository plans) {
        this.recommendations = recommendations;
        this.pilots = pilots;
        this.plans = plans;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (recommendations.existsByDemoTrue()) {
            return;
        }
        add("Fund temporary uses of empty municipal buildings", RecommendationLevel.NATIONAL, RecommendationTopic.EMPTY_FLOOR_SPACE,
                "National urban programmes should fund the running costs of temporary creative uses in empty public buildings for up to three years, so that municipalities can test uses before they invest.",
                Set.of("BG", "RO", "SI"), List.of("District 6 revitalisation", "Vacant-property database"), List.of("Gabrovo", "Kamnik"));
        add("Keep a public register of vacant properties", RecommendationLevel.LOCAL, RecommendationTopic.RETAIL_AND_SMALL_BUSINESS,
                "Municipalities should keep a public register of vacant shops and buildings, with their size, condition and rent, and broker contacts between owners and people who need space.",
                Set.of("SI", "DE", "AT"), List.of("Vacant-property database", "Storytelling shop windows"), List.of("Kamnik", "Herrenberg"));
        add("Anchor creative-industry support centres in regional strategies", RecommendationLevel.EU, RecommendationTopic.CREATIVE_INDUSTRIES,
                "Cohesion policy programmes should name creative-industry support centres as eligible infrastructure for urban regeneration, with support for their first five years of operation.",
                Set.of("AT", "BG", "DE", "MD", "RO", "RS", "SI", "SK"),
                List.of("Creative Center Košice", "44er Haus creative centre", "Sombor creative-industry support centre"), List.of("Kosice", "Leonding"));
    }

    private void add(String title, RecommendationLevel level, RecommendationTopic topic, String text, Set<String> countries,
            List<String> pilotTitles, List<String> planCities) {
        Set<Long> pilotIds = pilots.findAll().stream().filter(p -> pilotTitles.contains(p.getTitle())).map(Pilot::getId)
                .collect(Collectors.toSet());
        Set<Long> planIds = plans.findAll().stream().filter(p -> planCities.contains(p.getCity().getNameEn()))
                .map(ActionPlan::getId).collect(Collectors.toSet());
        PolicyRecommendation recommendation = PolicyRecommendation.create();
        recommendation.apply(new RecommendationDetails(title, level, topic, text, "en", countries, pilotIds, planIds, true),
                new HashSet<>(pilots.findAllById(pilotIds)), new HashSet<>(plans.findAllById(planIds)));
        recommendation.markDemo();
        recommendations.save(recommendation);
    }
}
