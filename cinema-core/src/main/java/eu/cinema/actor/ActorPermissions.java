package eu.cinema.actor;

import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.Permission;

/** Who may edit a creative actor: its owning organisation's editors and administrators ({@code @actorPermissions}). */
@Component("actorPermissions")
public class ActorPermissions {

    public boolean mayEdit(CreativeActor actor) {
        return CurrentUser.mayEditFor(actor.getOwnerPartner() == null ? null : actor.getOwnerPartner().getId());
    }

    public void requireEdit(CreativeActor actor) {
        Permission.require(mayEdit(actor), "Not an editor of actor " + actor.getId());
    }
}
