package eu.cinema.recommendation;

import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;

/**
 * Who sees and writes policy recommendations ({@code @recommendationPermissions}): everybody reads the published
 * ones; administrators write them ({@code @AdministratorsOnly} on the service) and see drafts.
 */
@Component("recommendationPermissions")
public class RecommendationPermissions {

    public boolean mayView(PolicyRecommendation recommendation) {
        return recommendation.isPublished() || mayWrite();
    }

    public boolean mayWrite() {
        return CurrentUser.get().map(PortalUser::isAdmin).orElse(false);
    }
}
