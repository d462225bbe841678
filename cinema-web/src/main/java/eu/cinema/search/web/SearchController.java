package eu.cinema.search.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import eu.cinema.region.CountryRepository;
import eu.cinema.search.SearchHit;
import eu.cinema.search.SearchQueryTooLongException;
import eu.cinema.search.SearchService;
import eu.cinema.search.SearchType;

/** One search box across the portal. */
@Controller
class SearchController {

    /** A hit as the page shows it: the snippet escaped, its matches marked. */
    record ShownHit(SearchHit hit, String path, String snippetHtml) {
    }

    private final SearchService search;
    private final CountryRepository countries;

    SearchController(SearchService search, CountryRepository countries) {
        this.search = search;
        this.countries = countries;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) SearchType type,
            @RequestParam(required = false) String country, Locale locale, Model model, HttpServletResponse response) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("types", SearchType.values());
        model.addAttribute("selectedType", type);
        model.addAttribute("selectedCountry", countryCode);
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("searched", q != null && !q.isBlank());
        try {
            model.addAttribute("hits", search.search(q, type, countryCode, locale.getLanguage()).stream().map(SearchController::shown).toList());
        } catch (SearchQueryTooLongException tooLong) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("q", q.substring(0, SearchService.MAX_QUERY_LENGTH));
            model.addAttribute("tooLong", SearchService.MAX_QUERY_LENGTH);
            model.addAttribute("hits", List.of());
        }
        return "search/results";
    }

    private static ShownHit shown(SearchHit hit) {
        String snippet = hit.snippet() == null ? "" : HtmlUtils.htmlEscape(hit.snippet())
                .replace(String.valueOf(SearchService.MATCH_START), "<mark>")
                .replace(String.valueOf(SearchService.MATCH_END), "</mark>");
        return new ShownHit(hit, path(hit), snippet);
    }

    private static String path(SearchHit hit) {
        return switch (hit.type()) {
            case SITE -> "/sites/" + hit.id();
            case ACTOR -> "/actors/" + hit.id();
            case PILOT -> "/pilots/" + hit.id();
            case PLAN -> "/plans/" + hit.id();
            case RECOMMENDATION -> "/recommendations/" + hit.id();
            case TOOL -> "/toolkit/" + hit.id();
            case PARTNER -> "/partners/" + hit.id();
        };
    }
}
