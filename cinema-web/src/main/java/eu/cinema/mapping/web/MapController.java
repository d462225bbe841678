package eu.cinema.mapping.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

import eu.cinema.actor.ActorKind;
import eu.cinema.actor.CiDomain;
import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.FeaturePage;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.pilot.PilotKind;
import eu.cinema.region.CountryRepository;
import eu.cinema.roadmap.Roadmap;
import eu.cinema.roadmap.RoadmapRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.roadmap.RoadmapTranslations;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;
import eu.cinema.translation.TranslationService;

/**
 * The revitalisation map: the three thematic layers with their filters, and beside the map the
 * same features as lists, so that everything on the map is reachable without it.
 */
@Controller
@RequestMapping("/map")
class MapController {

    /** How many features of each layer the page lists at a time; the map and the exports are not limited by it. */
    static final int LIST_SIZE = 50;

    private final LayerService layers;
    private final CountryRepository countries;
    private final RoadmapRepository roadmaps;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TranslationService translations;

    MapController(LayerService layers, CountryRepository countries, RoadmapRepository roadmaps, MessageSource messages,
            JsonMapper json, TranslationService translations) {
        this.translations = translations;
        this.layers = layers;
        this.countries = countries;
        this.roadmaps = roadmaps;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String map(LayerQuery query, Model model, Locale locale) {
        return render(query, query.layers(), model, locale);
    }

    @GetMapping("/{theme}")
    String theme(@PathVariable String theme, LayerQuery query, Model model, Locale locale) {
        RoadmapTheme roadmapTheme = RoadmapTheme.bySlug(theme).orElseThrow(() -> new NotFoundException("theme", theme));
        Roadmap roadmap = roadmaps.findWithMeasuresByTheme(roadmapTheme).orElseThrow();
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("roadmapId", RoadmapTranslations.id(roadmapTheme));
        model.addAttribute("texts", translations.localize(RoadmapTranslations.TYPE, RoadmapTranslations.id(roadmapTheme),
                RoadmapTranslations.texts(roadmap), locale.getLanguage()));
        return render(query, List.of(MapLayer.of(roadmapTheme)), model, locale);
    }

    private String render(LayerQuery query, List<MapLayer> shown, Model model, Locale locale) {
        FeatureFilter filter = query.toFilter().page(LIST_SIZE, query.offset());
        Map<MapLayer, FeaturePage> lists = new LinkedHashMap<>();
        for (MapLayer layer : shown) {
            lists.put(layer, layers.page(layer, filter));
        }
        model.addAttribute("query", query);
        model.addAttribute("lists", lists);
        model.addAttribute("listSize", LIST_SIZE);
        model.addAttribute("allLayers", MapLayer.values());
        model.addAttribute("shownLayers", shown.stream().map(MapLayer::id).toList());
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("siteKinds", SiteKind.values());
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("siteStatuses", SiteStatus.values());
        model.addAttribute("domains", CiDomain.values());
        model.addAttribute("themes", RoadmapTheme.values());
        model.addAttribute("labelsJson", json.writeValueAsString(labels(locale)));
        return "map/map";
    }

    /** What the map script shows in popups and controls, in the visitor's language. */
    private Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (SiteKind kind : SiteKind.values()) {
            labels.put(kind.name(), messages.getMessage("site.kind." + kind, null, locale));
        }
        for (ActorKind kind : ActorKind.values()) {
            labels.put(kind.name(), messages.getMessage("actor.kind." + kind, null, locale));
        }
        for (PilotKind kind : PilotKind.values()) {
            labels.put(kind.name(), messages.getMessage("pilot.kind." + kind, null, locale));
        }
        labels.put("PLAN_ACTION", messages.getMessage("map.kind.PLAN_ACTION", null, locale));
        for (SiteStatus status : SiteStatus.values()) {
            labels.put(status.name(), messages.getMessage("site.status." + status, null, locale));
        }
        for (MapLayer layer : MapLayer.values()) {
            labels.put("layer." + layer.id(), messages.getMessage("map.layer." + layer.id(), null, locale));
        }
        labels.put("details", messages.getMessage("map.popup.details", null, locale));
        // "{0}" stays in the text, for the popup to put the pilot's figure in.
        labels.put("progress", messages.getMessage("pilot.progressPercent", new Object[] {"{0}"}, locale));
        labels.put("mapLabel", messages.getMessage("map.label", null, locale));
        return labels;
    }
}
