package eu.cinema.pilot;

import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.Permission;

/**
 * Who may edit a pilot and log its progress: editors of its owning or participating organisations, and
 * administrators ({@code @pilotPermissions}).
 */
@Component("pilotPermissions")
public class PilotPermissions {

    public boolean mayEdit(Pilot pilot) {
        return CurrentUser.get().map(user -> user.isAdmin() || pilot.editableBy(user.getPartnerId())).orElse(false);
    }

    public void requireEdit(Pilot pilot) {
        Permission.require(mayEdit(pilot), "Not an editor of pilot " + pilot.getId());
    }
}
