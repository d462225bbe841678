package eu.cinema.network;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /**
     * Support centres first, then by name. A partner that is also a creative actor is one entry with both roles, so
     * that no organisation is listed twice.
     */
    public List<NetworkEntry> find(NetworkFilter filter) {
        List<CreativeActor> allActors = actors.findAll();
        Map<Long, CreativeActor> actorOfPartner = allActors.stream().filter(actor -> actor.getPartner() != null)
                .collect(Collectors.toMap(actor -> actor.getPartner().getId(), Function.identity(), (first, second) -> first));
        return Stream.concat(
                        partners.findAllByOrderBySortOrderAsc().stream().map(partner -> entry(partner, actorOfPartner.get(partner.getId()))),
                        allActors.stream().filter(actor -> actor.getPartner() == null).map(NetworkService::entry))
                .filter(filter::matches)
                .sorted(Comparator.comparing((NetworkEntry e) -> !e.supportCentre()).thenComparing(NetworkEntry::name))
                .toList();
    }

    /** A partner, with its role as a creative actor when it is one too ({@code alsoActor}, else null). */
    private static NetworkEntry entry(Partner partner, CreativeActor alsoActor) {
        boolean contact = alsoActor != null && alsoActor.isContactPublic();
        return new NetworkEntry("/partners/" + partner.getId(), partner.getNameEn(), partner.getSegment(), partner.getRole(),
                partner.getKind().name(), alsoActor == null ? null : alsoActor.getKind().name(),
                alsoActor == null ? Set.of() : alsoActor.getDomains(), partner.getCity().getName(), partner.getCountry().getCode(),
                partner.getLocation().getX(), partner.getLocation().getY(), partner.getWebsite(),
                contact ? alsoActor.getContactEmail() : null, contact ? alsoActor.getContactPhone() : null,
                alsoActor != null && alsoActor.getKind() == ActorKind.CI_SUPPORT_CENTRE);
    }

    private static NetworkEntry entry(CreativeActor actor) {
        boolean contact = actor.isContactPublic();
        return new NetworkEntry("/actors/" + actor.getId(), actor.getName(), actor.getSegment(), null, null,
                actor.getKind().name(), actor.getDomains(), actor.getCityName(), actor.getCountry().getCode(),
                actor.getLocation().getX(), actor.getLocation().getY(), actor.getWebsite(),
                contact ? actor.getContactEmail() : null, contact ? actor.getContactPhone() : null,
                actor.getKind() == ActorKind.CI_SUPPORT_CENTRE);
    }
}
