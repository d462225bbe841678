package eu.cinema.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.cinema.project.TargetAchievement;
import eu.cinema.project.TargetCode;

/**
 * What plans give the rest of the portal: the 8-plan target counts plans with a published version. (Located
 * actions of published versions appear on the map through the {@code plan_action_on_map} view.)
 */
@Configuration(proxyBeanMethods = false)
class PlanContributions {

    @Bean
    TargetAchievement localActionPlansPublished(PlanService plans) {
        return new TargetAchievement() {
            @Override
            public TargetCode code() {
                return TargetCode.LOCAL_ACTION_PLANS;
            }

            @Override
            public long achieved() {
                return plans.countPublished();
            }

            @Override
            public List<LocalDate> achievedOn() {
                return plans.firstPublicationDates();
            }
        };
    }
}
