package eu.cinema.mapping.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.cinema.mapping.BoundingBox;
import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.MapLayer;

/**
 * The map's and the layer API's query parameters, kept in the URL so a filtered view can be shared.
 * Values are checked when turned into a {@link FeatureFilter}; absent paging takes the defaults.
 *
 * @param layer the layers asked for by id; all three when none is named
 * @param lang  the language descriptions are given in where translated (also the portal's language switch)
 */
record LayerQuery(String country, String city, String kind, String status, String domain, String bbox, List<String> layer,
        Integer limit, Integer offset, String lang) {

    static final int DEFAULT_LIMIT = 100;

    LayerQuery {
        layer = layer == null ? List.of() : List.copyOf(layer);
        limit = limit == null ? DEFAULT_LIMIT : limit;
        offset = offset == null ? 0 : offset;
    }

    FeatureFilter toFilter() {
        return new FeatureFilter(bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox), country, city, kind,
                status, domain, null, null, limit, offset, textLanguage());
    }

    /** The language alone ({@code sr} for sr-Latn); none for a tag that names none. */
    private String textLanguage() {
        String language = lang == null ? "" : Locale.forLanguageTag(lang.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? null : language;
    }

    List<MapLayer> layers() {
        List<MapLayer> chosen = layer.stream().map(MapLayer::byId).flatMap(Optional::stream).toList();
        return chosen.isEmpty() ? List.of(MapLayer.values()) : chosen;
    }
}
