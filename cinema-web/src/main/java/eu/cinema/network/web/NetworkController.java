package eu.cinema.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.actor.ActorKind;
import eu.cinema.actor.CiDomain;
import eu.cinema.network.NetworkEntry;
import eu.cinema.network.NetworkFilter;
import eu.cinema.network.NetworkService;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.PartnerKind;
import eu.cinema.region.CountryRepository;

import tools.jackson.databind.json.JsonMapper;

/** The network directory with its filters, as a list and on a map. */
@Controller
class NetworkController {

    private final NetworkService network;
    private final CountryRepository countries;
    private final JsonMapper json = JsonMapper.builder().build();

    NetworkController(NetworkService network, CountryRepository countries) {
        this.network = network;
        this.countries = countries;
    }

    @GetMapping("/network")
    String directory(@RequestParam(required = false) HelixSegment segment, @RequestParam(required = false) String country,
            @RequestParam(required = false) String city, @RequestParam(required = false) String kind,
            @RequestParam(required = false) CiDomain domain, Model model) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        String kindName = kind == null || kind.isBlank() ? null : kind.strip();
        NetworkFilter filter = new NetworkFilter(segment, countryCode, city == null ? null : city.strip(), kindName, domain);
        List<NetworkEntry> entries = network.find(filter);
        model.addAttribute("entries", entries);
        model.addAttribute("selected", filter);
        model.addAttribute("segments", HelixSegment.values());
        model.addAttribute("partnerKinds", PartnerKind.values());
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("domains", CiDomain.values());
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("mapPoints", json.writeValueAsString(entries.stream()
                .map(e -> Map.of("name", e.name(), "layer", e.isPartner() ? "partner" : "actors", "lat", e.latitude(), "lon", e.longitude()))
                .toList()));
        return "network/directory";
    }
}
