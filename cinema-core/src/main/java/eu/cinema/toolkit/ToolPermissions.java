package eu.cinema.toolkit;

import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.Permission;
import eu.cinema.pilot.Pilot;

/**
 * Who may do what with a tool card ({@code @toolPermissions}): any partner's editor writes one for their
 * organisation; its developer's editors and administrators edit it; editors of other partners whose pilots used
 * it rate it (administrators do not).
 */
@Component("toolPermissions")
public class ToolPermissions {

    public boolean mayCreate() {
        return CurrentUser.get().map(user -> user.isAdmin() || user.getPartnerId() != null).orElse(false);
    }

    public boolean mayEdit(ToolCard tool) {
        return CurrentUser.mayEditFor(tool.getDeveloperPartner().getId());
    }

    /** Its users judge a tool, not its developer: an organisation never rates its own. */
    public boolean mayRate(ToolCard tool) {
        return CurrentUser.get().map(user -> !user.isAdmin() && tool.usedBy(user.getPartnerId())
                && !tool.getDeveloperPartner().getId().equals(user.getPartnerId())).orElse(false);
    }

    /**
     * An editor names as having used a tool only pilots their organisation runs or takes part in (and keeps the ones
     * named already); administrators name any.
     */
    public boolean mayClaimUse(Pilot pilot, ToolCard tool) {
        return CurrentUser.get().map(user -> user.isAdmin() || (tool != null && tool.getPilots().contains(pilot))
                || pilot.involves(user.getPartnerId())).orElse(false);
    }

    public void requireCreate() {
        Permission.require(mayCreate(), "Only editors and administrators write tool cards");
    }

    public void requireEdit(ToolCard tool) {
        Permission.require(mayEdit(tool), "Not an editor of tool " + tool.getId());
    }

    public void requireRate(ToolCard tool) {
        Permission.require(mayRate(tool), "Only partners whose pilots used tool " + tool.getId() + " rate it");
    }
}
