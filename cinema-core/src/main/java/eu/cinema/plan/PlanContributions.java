package eu.cinema.plan;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.cinema.layer.LocatedItem;
import eu.cinema.layer.RetailLayerContributor;
import eu.cinema.project.TargetAchievement;
import eu.cinema.project.TargetCode;

/**
 * What plans give the rest of the portal: the 8-plan target counts plans with a published version,
 * and located actions of published versions appear on the retail and small-business map layer.
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
        };
    }

    @Bean
    RetailLayerContributor planActionsOnTheRetailLayer(PlanActionRepository actions) {
        return new RetailLayerContributor() {
            @Override
            public List<LocatedItem> publishedItems() {
                return actions.findLocatedInPublishedVersions().stream().map(PlanContributions::item).toList();
            }

            @Override
            public boolean hasPublishedItems() {
                return actions.existsLocatedInPublishedVersions();
            }
        };
    }

    private static LocatedItem item(PlanAction action) {
        ActionPlan plan = action.getPlanVersion().getPlan();
        return new LocatedItem("plan-action-" + action.getId(), action.getTitle(), "PLAN_ACTION", plan.getCity().getName(),
                plan.getCity().getCountry().getCode(), action.getLocation().getX(), action.getLocation().getY(),
                "/plans/" + plan.getId() + "#action-" + action.getActionKey());
    }
}
