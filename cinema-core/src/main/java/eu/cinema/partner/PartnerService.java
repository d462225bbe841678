package eu.cinema.partner;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.Geometries;
import eu.cinema.common.NotFoundException;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;

/** Reading the partnership, and the administrators' changes to it. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerRepository partners;
    private final CityRepository cities;

    PartnerService(PartnerRepository partners, CityRepository cities) {
        this.partners = partners;
        this.cities = cities;
    }

    public List<Partner> find(PartnerFilter filter) {
        return partners.findAll(filter.toSpecification(), PartnerFilter.SEED_ORDER);
    }

    public List<Partner> all() {
        return find(new PartnerFilter(null, null));
    }

    @Transactional(readOnly = true) // one connection and transaction for the three counts
    public PartnershipFigures figures() {
        return new PartnershipFigures(
                partners.countByRoleIn(List.of(PartnerRole.LEAD_PARTNER, PartnerRole.PROJECT_PARTNER)),
                partners.countByRoleIn(List.of(PartnerRole.ASSOCIATED_STRATEGIC_PARTNER)),
                partners.countPartnershipCountries());
    }

    public Partner get(long id) {
        return partners.findWithCityById(id).orElseThrow(() -> new NotFoundException("partner", id));
    }

    @Transactional
    @AdministratorsOnly
    public Partner update(long id, long expectedVersion, PartnerDetails details) {
        Partner partner = get(id);
        partner.requireVersion(expectedVersion);
        if (partners.existsByNameEnIgnoreCaseAndIdNot(details.nameEn(), id)) {
            throw new PartnerNameTakenException(details.nameEn());
        }
        City city = cities.findById(details.cityId()).orElseThrow(() -> new NotFoundException("city", details.cityId()));
        partner.update(details, city, Geometries.point(details.longitude(), details.latitude()));
        return partners.saveAndFlush(partner);
    }
}
