package eu.cinema.pilot;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
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
    private final Organisations organisations;
    private final PilotPermissions permissions;
    private final PilotCompletion completion;

    PilotService(PilotRepository pilots, PartnerRepository partners, CityRepository cities, SiteRepository sites,
            Organisations organisations, PilotPermissions permissions, PilotCompletion completion) {
        this.pilots = pilots;
        this.partners = partners;
        this.cities = cities;
        this.sites = sites;
        this.organisations = organisations;
        this.permissions = permissions;
        this.completion = completion;
    }

    public List<Pilot> find(PilotFilter filter) {
        return pilots.findAll(filter.toSpecification(), PilotFilter.ORDER);
    }

    /** The pilots a partner leads or takes part in, for its page. */
    public List<Pilot> involving(long partnerId) {
        return pilots.findInvolving(partnerId);
    }

    /** The pilots the signed-in editor's organisation may change, for their start page; an administrator's is empty. */
    public List<Pilot> ownPilots() {
        Long partnerId = CurrentUser.require().getPartnerId();
        return partnerId == null ? List.of() : pilots.findInvolving(partnerId).stream().filter(pilot -> pilot.editableBy(partnerId)).toList();
    }

    /** Every pilot the person asking may edit (an administrator: all), by id: what they may translate. */
    public List<Pilot> editable() {
        return pilots.findAll().stream().filter(permissions::mayEdit).sorted(Comparator.comparing(Pilot::getId)).toList();
    }

    /** How many pilots are completed, for the portal's figures. */
    public long countCompleted() {
        return pilots.countByStatus(PilotStatus.COMPLETED);
    }

    public Pilot get(long id) {
        return pilots.findDetailedById(id).orElseThrow(() -> new NotFoundException("pilot", id));
    }

    /** The pilot, for someone who may change it; anyone else is refused. */
    public Pilot getForEditing(long id) {
        Pilot pilot = get(id);
        permissions.requireEdit(pilot);
        return pilot;
    }

    @Transactional
    public Pilot create(PilotDetails details, Long ownerPartnerId) {
        Partner ownerPartner = organisations.ownerFor(ownerPartnerId)
                .orElseThrow(() -> new PilotRuleException("site.error.ownerRequired", "ownerPartnerId"));
        if (details.status() != null && !details.status().isInitial()) {
            throw new PilotRuleException("pilot.error.initialStatus", "status");
        }
        Pilot pilot = Pilot.ownedBy(ownerPartner);
        apply(pilot, details);
        return pilots.save(pilot);
    }

    @Transactional
    public Pilot update(long id, long expectedVersion, PilotDetails details) {
        Pilot pilot = getForEditing(id);
        pilot.requireVersion(expectedVersion);
        if (details.status() == PilotStatus.COMPLETED && pilot.getStatus() != PilotStatus.COMPLETED) {
            List<String> open = completion.openMilestones(id);
            if (!open.isEmpty()) {
                throw new PilotRuleException("pilot.error.openMilestones", "status", String.join(", ", open));
            }
        }
        apply(pilot, details);
        return pilots.saveAndFlush(pilot);
    }

    private void apply(Pilot pilot, PilotDetails details) {
        City city = cities.findById(details.cityId()).orElseThrow(() -> new PilotRuleException("pilot.error.city", "cityId"));
        Site site = details.siteId() == null ? null
                : sites.findById(details.siteId()).orElseThrow(() -> new PilotRuleException("pilot.error.site", "siteId"));
        Set<Partner> participants = new HashSet<>(partners.findAllById(details.participantIds()));
        // The owner leads the pilot; it is never also one of its participants.
        participants.removeIf(partner -> partner.getId().equals(pilot.getOwnerPartner().getId()));
        pilot.apply(details, participants, city, Geometries.location(details.longitude(), details.latitude(), "latitude"), site);
    }
}
