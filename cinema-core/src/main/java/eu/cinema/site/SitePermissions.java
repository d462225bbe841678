package eu.cinema.site;

import java.util.Set;

import org.springframework.stereotype.Component;

import eu.cinema.account.AccountRole;
import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Permission;
import eu.cinema.partner.PartnerRepository;

/**
 * Who may do what with a site: its owning organisation's editors (and administrators) edit it; editors of a
 * partner in the site's country (and administrators) moderate it, and correct it while it is a proposal; an import is followed by whoever started it.
 * Services, controllers and templates ({@code @sitePermissions}) all ask here.
 */
@Component("sitePermissions")
public class SitePermissions {

    private final PartnerRepository partners;

    SitePermissions(PartnerRepository partners) {
        this.partners = partners;
    }

    /** Its organisation's editors; and, while it waits for moderation, its moderators, who correct it before publishing. */
    public boolean mayEdit(Site site) {
        return CurrentUser.mayEditFor(site.getOwnerPartner() == null ? null : site.getOwnerPartner().getId())
                || (site.getPublication() == Publication.PROPOSED && mayModerate(site));
    }

    public boolean mayModerate(Site site) {
        return CurrentUser.get().map(user -> user.isAdmin() || moderatedCountries(user).contains(site.getCountry().getCode()))
                .orElse(false);
    }

    /**
     * Whether the signed-in person moderates proposals anywhere (the navigation offers the moderation page then): the
     * same rule as {@link #moderatedCountries}, from the role alone, since every layout asks it.
     */
    public boolean mayModerateAny() {
        return CurrentUser.get().map(user -> user.isAdmin()
                || (user.getRole() == AccountRole.PARTNER_EDITOR && user.getPartnerId() != null)).orElse(false);
    }

    public void requireEdit(Site site) {
        Permission.require(mayEdit(site), "Not an editor of site " + site.getId());
    }

    public void requireModerate(Site site) {
        Permission.require(mayModerate(site), "Not a moderator of site " + site.getId());
    }

    public void requireEditOrModerate(Site site) {
        Permission.require(mayEdit(site) || mayModerate(site), "Not an editor or moderator of site " + site.getId());
    }

    /** Only the person who started an import follows its progress. */
    public void requireStartedImport(long startedByAccountId) {
        Permission.require(CurrentUser.require().getAccountId() == startedByAccountId, "Not your import");
    }

    /** The countries whose proposals the person moderates: their organisation's; administrators moderate all. */
    /**
     * A partner editor moderates the proposals in their organisation's country; a municipality editor does not (their
     * role is their municipality's plans and records), and so never sees proposers' e-mail addresses.
     */
    Set<String> moderatedCountries(PortalUser user) {
        return user.getPartnerId() == null || user.getRole() != AccountRole.PARTNER_EDITOR ? Set.of()
                : partners.findById(user.getPartnerId()).map(p -> Set.of(p.getCountry().getCode())).orElse(Set.of());
    }
}
