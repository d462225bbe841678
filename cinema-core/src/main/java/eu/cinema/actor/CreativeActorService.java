package eu.cinema.actor;

import java.util.List;

import org.locationtech.jts.geom.Point;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Geometries;
import eu.cinema.common.NotFoundException;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.Country;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.SiteRuleException;

/** Creative actors are public once entered; editors keep up their own organisation's entries. */
@Service
@Transactional(readOnly = true)
public class CreativeActorService {

    private final CreativeActorRepository actors;
    private final CountryRepository countries;
    private final PartnerRepository partners;

    CreativeActorService(CreativeActorRepository actors, CountryRepository countries, PartnerRepository partners) {
        this.actors = actors;
        this.countries = countries;
        this.partners = partners;
    }

    public CreativeActor get(long id) {
        return actors.findWithPartnersById(id).orElseThrow(() -> new NotFoundException("actor", id));
    }

    public boolean mayEdit(CreativeActor actor) {
        return CurrentUser.mayEditFor(actor.getOwnerPartner() == null ? null : actor.getOwnerPartner().getId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreativeActor create(ActorDetails details, Long ownerPartnerId) {
        PortalUser user = CurrentUser.require();
        Long owner = user.isAdmin() ? ownerPartnerId : user.getPartnerId();
        Partner ownerPartner = owner == null ? null : partners.findById(owner).orElse(null);
        if (ownerPartner == null) {
            throw new SiteRuleException("site.error.ownerRequired", "ownerPartnerId");
        }
        return actors.save(CreativeActor.ownedBy(ownerPartner, details, country(details.countryCode()),
                point(details), partner(details.partnerId())));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreativeActor update(long id, long expectedVersion, ActorDetails details) {
        CreativeActor actor = get(id);
        if (!mayEdit(actor)) {
            throw new AccessDeniedException("Not an editor of actor " + id);
        }
        actor.requireVersion(expectedVersion);
        actor.apply(details, country(details.countryCode()), point(details), partner(details.partnerId()));
        return actors.saveAndFlush(actor);
    }

    @PreAuthorize("isAuthenticated()")
    public List<CreativeActor> ownActors() {
        PortalUser user = CurrentUser.require();
        return user.getPartnerId() == null ? List.of() : actors.findByOwnerPartnerIdOrderByNameAsc(user.getPartnerId());
    }

    private Country country(String code) {
        return countries.findById(code == null ? "" : code)
                .orElseThrow(() -> new SiteRuleException("site.error.unknownCountry", "countryCode"));
    }

    private Partner partner(Long id) {
        return id == null ? null : partners.findById(id)
                .orElseThrow(() -> new SiteRuleException("account.error.unknownPartner", "partnerId"));
    }

    private static Point point(ActorDetails details) {
        return Geometries.location(details.longitude(), details.latitude(), "latitude");
    }
}
