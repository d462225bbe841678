package eu.cinema.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;

/** Whose a new record is: an administrator names the organisation, an editor's is always their own. */
@Component
public class Organisations {

    private final PartnerRepository partners;

    Organisations(PartnerRepository partners) {
        this.partners = partners;
    }

    /** The owning organisation, or empty when the administrator named none or an unknown one, or the editor has none. */
    public Optional<Partner> ownerFor(Long namedByAdministrator) {
        return ownerIdFor(namedByAdministrator).flatMap(partners::findById);
    }

    /** The id of the owning organisation, by the same rule, without loading it. */
    public Optional<Long> ownerIdFor(Long namedByAdministrator) {
        PortalUser user = CurrentUser.require();
        return Optional.ofNullable(user.isAdmin() ? namedByAdministrator : user.getPartnerId());
    }
}
