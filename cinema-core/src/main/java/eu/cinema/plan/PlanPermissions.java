package eu.cinema.plan;

import org.springframework.stereotype.Component;

import eu.cinema.account.AccountRole;
import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Permission;

/**
 * Who may write local action plans: municipality editors their own municipality's, administrators any
 * ({@code @planPermissions}).
 */
@Component("planPermissions")
public class PlanPermissions {

    public boolean mayCreate() {
        return CurrentUser.get().map(PlanPermissions::writesPlans).orElse(false);
    }

    public boolean mayEdit(ActionPlan plan) {
        return CurrentUser.get().map(user -> user.isAdmin() || (writesPlans(user) && plan.ownedBy(user.getPartnerId())))
                .orElse(false);
    }

    public void requireCreate() {
        Permission.require(mayCreate(), "Only municipality editors and administrators write plans");
    }

    public void requireEdit(ActionPlan plan) {
        Permission.require(mayEdit(plan), "Not an editor of plan " + plan.getId());
    }

    private static boolean writesPlans(PortalUser user) {
        return user.isAdmin() || user.getRole() == AccountRole.MUNICIPALITY_EDITOR;
    }
}
