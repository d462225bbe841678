package eu.cinema.partner.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.partner.PartnerFilter;
import eu.cinema.partner.PartnerRole;
import eu.cinema.partner.PartnerService;
import eu.cinema.region.CountryRepository;

/** The public directory of the partnership. */
@Controller
@RequestMapping("/partners")
class PartnerController {

    private final PartnerService partners;
    private final CountryRepository countries;

    PartnerController(PartnerService partners, CountryRepository countries) {
        this.partners = partners;
        this.countries = countries;
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) PartnerRole role,
            Model model, Locale locale) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("partners", partners.find(new PartnerFilter(countryCode, role)));
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("selectedCountry", countryCode);
        model.addAttribute("selectedRole", role);
        return "partner/list";
    }
}
