package eu.cinema.site;

import java.util.Set;

import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Permission;
import eu.cinema.partner.PartnerRepository;

/**
 * Who may do what with a site: its owning organisation's editors (and administrators) edit it; editors of a
 * partner in the site's country (and administrators) moderate it; an import is followed by whoever started it.
 * Services, controllers and templates ({@code @sitePermissions}) all ask here.
 */
@Component("sitePermissions")
public class SitePermissions {

    private final PartnerRepository partners;

    SitePermissions(PartnerRepository partners) {
        this.partners = partners;
    }

    public boolean mayEdit(Site site) {
        return CurrentUser.mayEditFor(site.getOwnerPartner() == null ? null : site.getOwnerPartner().getId());
    }

    public boolean mayModerate(Site site) {
        return CurrentUser.get().map(user -> user.isAdmin() || moderatedCountries(user).contains(site.getCountry().getCode()))
                .orElse(false);
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
    Set<String> moderatedCountries(PortalUser user) {
        return user.getPartnerId() == null ? Set.of()
                : partners.findById(user.getPartnerId()).map(p -> Set.of(p.getCountry().getCode())).orElse(Set.of());
    }
}
