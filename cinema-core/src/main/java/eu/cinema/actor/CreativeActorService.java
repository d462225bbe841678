package eu.cinema.actor;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Geometries;
import eu.cinema.common.NotFoundException;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.Country;
import eu.cinema.region.CountryRepository;

/** Creative actors are public once entered; editors keep up their own organisation's entries. */
@Service
@Transactional(readOnly = true)
public class CreativeActorService {

    private final CreativeActorRepository actors;
    private final CountryRepository countries;
    private final PartnerRepository partners;
    private final Organisations organisations;
    private final ActorPermissions permissions;

    CreativeActorService(CreativeActorRepository actors, CountryRepository countries, PartnerRepository partners,
            Organisations organisations, ActorPermissions permissions) {
        this.actors = actors;
        this.countries = countries;
        this.partners = partners;
        this.organisations = organisations;
        this.permissions = permissions;
    }

    /** The creative actor a partner organisation also is, if it is one. */
    public Optional<CreativeActor> ofPartner(long partnerId) {
        return actors.findFirstByPartnerIdOrderByIdAsc(partnerId);
    }

    public CreativeActor get(long id) {
        return actors.findWithPartnersById(id).orElseThrow(() -> new NotFoundException("actor", id));
    }

    @Transactional
    public CreativeActor create(ActorDetails details, Long ownerPartnerId) {
        Partner ownerPartner = organisations.ownerFor(ownerPartnerId)
                .orElseThrow(() -> new ActorRuleException("site.error.ownerRequired", "ownerPartnerId"));
        return actors.save(CreativeActor.ownedBy(ownerPartner, details, country(details.countryCode()),
                point(details), projectPartner(details.partnerId(), null)));
    }

    @Transactional
    public CreativeActor update(long id, long expectedVersion, ActorDetails details) {
        CreativeActor actor = get(id);
        permissions.requireEdit(actor);
        actor.requireVersion(expectedVersion);
        actor.apply(details, country(details.countryCode()), point(details), projectPartner(details.partnerId(), actor.getPartner()));
        return actors.saveAndFlush(actor);
    }

    public List<CreativeActor> ownActors() {
        PortalUser user = CurrentUser.require();
        return user.getPartnerId() == null ? List.of() : actors.findByOwnerPartnerIdOrderByNameAsc(user.getPartnerId());
    }

    private Country country(String code) {
        return countries.findById(code == null ? "" : code)
                .orElseThrow(() -> new ActorRuleException("site.error.unknownCountry", "countryCode"));
    }

    /**
     * The project partner an actor is linked to: an editor names their own organisation or none, or keeps the one an
     * administrator named; only administrators name any.
     */
    private Partner projectPartner(Long id, Partner current) {
        if (id == null) {
            return null;
        }
        PortalUser user = CurrentUser.require();
        if (!user.isAdmin() && !id.equals(user.getPartnerId()) && (current == null || !id.equals(current.getId()))) {
            throw new ActorRuleException("actor.error.partnerNotOwn", "partnerId");
        }
        return partners.findById(id).orElseThrow(() -> new ActorRuleException("account.error.unknownPartner", "partnerId"));
    }

    private static Point point(ActorDetails details) {
        return Geometries.location(details.longitude(), details.latitude(), "latitude");
    }
}
