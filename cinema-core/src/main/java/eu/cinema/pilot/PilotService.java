package eu.cinema.pilot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;

/**
 * Pilots are public; the editors of the owner partner (and of participating partners, where the
 * owner allows it) and administrators change them. Every check is made here, by id.
 */
@Service
@Transactional(readOnly = true)
public class PilotService {

    private final PilotRepository pilots;
    private final PartnerRepository partners;
    private final CityRepository cities;
    private final SiteRepository sites;

    PilotService(PilotRepository pilots, PartnerRepository partners, CityRepository cities, SiteRepository sites) {
        this.pilots = pilots;
        this.partners = partners;
        this.cities = cities;
        this.sites = sites;
    }

    public List<Pilot> find(PilotFilter filter) {
        return pilots.findAll(filter.toSpecification(), PilotFilter.ORDER);
    }

    /** Whether there is any pilot at all. */
    public boolean any() {
        return pilots.count() > 0;
    }

    public Pilot get(long id) {
        return pilots.findDetailedById(id).orElseThrow(() -> new NotFoundException("pilot", id));
    }

    public boolean mayEdit(Pilot pilot) {
        return CurrentUser.get().map(user -> user.isAdmin() || pilot.editableBy(user.getPartnerId())).orElse(false);
    }

    /** The pilot, for someone who may change it; anyone else is refused. */
    @PreAuthorize("isAuthenticated()")
    public Pilot getForEditing(long id) {
        Pilot pilot = get(id);
        if (!mayEdit(pilot)) {
            throw new AccessDeniedException("Not an editor of pilot " + id);
        }
        return pilot;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Pilot create(PilotDetails details, Long ownerPartnerId) {
        PortalUser user = CurrentUser.require();
        Long owner = user.isAdmin() ? ownerPartnerId : user.getPartnerId();
        Partner ownerPartner = owner == null ? null : partners.findById(owner).orElse(null);
        if (ownerPartner == null) {
            throw new PilotRuleException("site.error.ownerRequired", "ownerPartnerId");
        }
        Pilot pilot = Pilot.ownedBy(ownerPartner);
        apply(pilot, details);
        return pilots.save(pilot);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Pilot update(long id, long expectedVersion, PilotDetails details) {
        Pilot pilot = getForEditing(id);
        pilot.requireVersion(expectedVersion);
        apply(pilot, details);
        return pilots.saveAndFlush(pilot);
    }

    private void apply(Pilot pilot, PilotDetails details) {
        City city = cities.findById(details.cityId()).orElseThrow(() -> new PilotRuleException("pilot.error.city", "cityId"));
        Site site = details.siteId() == null ? null
                : sites.findById(details.siteId()).orElseThrow(() -> new PilotRuleException("pilot.error.site", "siteId"));
        Set<Partner> participants = new HashSet<>(partners.findAllById(details.participantIds()));
        pilot.apply(details, participants, city, Geometries.location(details.longitude(), details.latitude(), "latitude"), site);
    }
}
