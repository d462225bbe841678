package eu.cinema.network;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.actor.ActorKind;
import eu.cinema.actor.CreativeActor;
import eu.cinema.actor.CreativeActorRepository;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;

/** Builds the directory from the partners and the creative actors; it holds hundreds, filtered in memory. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    private final PartnerRepository partners;
    private final CreativeActorRepository actors;

    NetworkService(PartnerRepository partners, CreativeActorRepository actors) {
        this.partners = partners;
        this.actors = actors;
    }

    /** Support centres first, then by name. */
    public List<NetworkEntry> find(NetworkFilter filter) {
        return Stream.concat(partners.findAllByOrderBySortOrderAsc().stream().map(NetworkService::entry),
                        actors.findAll().stream().map(NetworkService::entry))
                .filter(filter::matches)
                .sorted(Comparator.comparing((NetworkEntry e) -> !e.supportCentre()).thenComparing(NetworkEntry::name))
                .toList();
    }

    private static NetworkEntry entry(Partner partner) {
        return new NetworkEntry(true, partner.getId(), partner.getNameEn(), partner.getSegment(), partner.getKind().name(),
                "partner.kind." + partner.getKind(), Set.of(), partner.getCity().getName(), partner.getCountry().getCode(),
                partner.getLocation().getX(), partner.getLocation().getY(), partner.getWebsite(), null, null, false);
    }

    private static NetworkEntry entry(CreativeActor actor) {
        boolean contact = actor.isContactPublic();
        return new NetworkEntry(false, actor.getId(), actor.getName(), actor.getSegment(), actor.getKind().name(),
                "actor.kind." + actor.getKind(), actor.getDomains(), actor.getCityName(), actor.getCountry().getCode(),
                actor.getLocation().getX(), actor.getLocation().getY(), actor.getWebsite(),
                contact ? actor.getContactEmail() : null, contact ? actor.getContactPhone() : null,
                actor.getKind() == ActorKind.CI_SUPPORT_CENTRE);
    }
}
