package eu.cinema.mapping.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.BoundingBox;
import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.GeoJsonPage;
import eu.cinema.mapping.InvalidQueryException;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.web.OpenDataApi;
import eu.cinema.web.PublicUrl;

/**
 * OGC API - Features, Part 1: Core, over the three public layers, so that QGIS and other GIS open
 * them directly. Every resource is JSON (GeoJSON for features) or HTML, chosen by {@code f} or by
 * the Accept header; coordinates are CRS84 (WGS 84, longitude first).
 */
@Controller
@RequestMapping("/ogcapi")
@OpenDataApi
class OgcApiController {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final int DEFAULT_LIMIT = 10;
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    private static final Set<String> ITEMS_PARAMETERS = Set.of("f", "bbox", "datetime", "limit", "offset", "lang");
    private static final Set<String> OTHER_PARAMETERS = Set.of("f", "lang");

    private final LayerService layers;
    private final JsonMapper json;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    OgcApiController(LayerService layers, JsonMapper json, MessageSource messages, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.layers = layers;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView landing(HttpServletRequest request, Model model, Locale locale) {
        requireOnly(request, OTHER_PARAMETERS);
        String base = base();
        Map<String, Object> landing = new LinkedHashMap<>();
        landing.put("title", messages.getMessage("ogcapi.title", null, locale));
        landing.put("description", messages.getMessage("ogcapi.description", null, locale));
        landing.put("links", List.of(
                link(base, "self", "application/json", "ogcapi.link.self", locale),
                link(base + "?f=html", "alternate", "text/html", "ogcapi.link.html", locale),
                link(base + "/api", "service-desc", OPENAPI, "ogcapi.link.api", locale),
                link(base + "/api?f=html", "service-doc", "text/html", "ogcapi.link.apiDoc", locale),
                link(base + "/conformance", "conformance", "application/json", "ogcapi.link.conformance", locale),
                link(base + "/collections", "data", "application/json", "ogcapi.link.collections", locale)));
        return respond(request, landing, "application/json", "ogcapi/landing", model);
    }

    @GetMapping("/conformance")
    ModelAndView conformance(HttpServletRequest request, Model model) {
        requireOnly(request, OTHER_PARAMETERS);
        return respond(request, Map.of("conformsTo", CONFORMANCE), "application/json", "ogcapi/conformance", model);
    }

    @GetMapping("/api")
    ModelAndView api(HttpServletRequest request, Model model) throws IOException {
        requireOnly(request, OTHER_PARAMETERS);
        if (wantsHtml(request)) {
            model.addAttribute("base", base());
            model.addAttribute("collections", MapLayer.values());
            return new ModelAndView("ogcapi/api", model.asMap());
        }
        try (InputStream definition = new ClassPathResource("ogcapi/openapi.json").getInputStream()) {
            String body = new String(definition.readAllBytes(), StandardCharsets.UTF_8).replace("${base}", base());
            return new ModelAndView(new BodyView(OPENAPI, body));
        }
    }

    @GetMapping("/collections")
    ModelAndView collections(HttpServletRequest request, Model model, Locale locale) {
        requireOnly(request, OTHER_PARAMETERS);
        String base = base() + "/collections";
        List<Map<String, Object>> collections = new ArrayList<>();
        for (MapLayer layer : MapLayer.values()) {
            collections.add(collection(layer, locale));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("links", List.of(link(base, "self", "application/json", "ogcapi.link.self", locale),
                link(base + "?f=html", "alternate", "text/html", "ogcapi.link.html", locale)));
        body.put("collections", collections);
        return respond(request, body, "application/json", "ogcapi/collections", model);
    }

    @GetMapping("/collections/{collectionId}")
    ModelAndView collection(@PathVariable String collectionId, HttpServletRequest request, Model model, Locale locale) {
        requireOnly(request, OTHER_PARAMETERS);
        return respond(request, collection(layer(collectionId), locale), "application/json", "ogcapi/collection", model);
    }

    @GetMapping("/collections/{collectionId}/items")
    ModelAndView items(@PathVariable String collectionId, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String datetime, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, HttpServletRequest request, Model model, Locale locale) {
        requireOnly(request, ITEMS_PARAMETERS);
        MapLayer layer = layer(collectionId);
        DateTimeInterval interval = DateTimeInterval.parse(datetime);
        FeatureFilter filter = new FeatureFilter(bbox == null ? null : ogcBbox(bbox), null, null, null, null, null,
                interval.from(), interval.to(), cappedLimit(limit), integer(offset, 0, "offset"));
        GeoJsonPage page = layers.geoJson(layer, filter);
        String itemsUrl = base() + "/collections/" + layer.id() + "/items";
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(pageUrl(itemsUrl, filter, datetime, filter.offset(), "json"), "self", GEO_JSON, "ogcapi.link.self", locale));
        links.add(link(pageUrl(itemsUrl, filter, datetime, filter.offset(), "html"), "alternate", "text/html", "ogcapi.link.html", locale));
        if (filter.offset() + page.numberReturned() < page.numberMatched()) {
            links.add(link(pageUrl(itemsUrl, filter, datetime, filter.offset() + filter.limit(), null), "next", GEO_JSON,
                    "ogcapi.link.next", locale));
        }
        if (filter.offset() > 0) {
            links.add(link(pageUrl(itemsUrl, filter, datetime, Math.max(0, filter.offset() - filter.limit()), null), "prev", GEO_JSON,
                    "ogcapi.link.prev", locale));
        }
        links.add(link(base() + "/collections/" + layer.id(), "collection", "application/json", "ogcapi.link.collection", locale));
        if (wantsHtml(request)) {
            model.addAttribute("layer", layer);
            model.addAttribute("page", layers.page(layer, filter));
            model.addAttribute("filter", filter);
            model.addAttribute("links", links);
            return new ModelAndView("ogcapi/items", model.asMap());
        }
        String body = "{\"type\":\"FeatureCollection\",\"timeStamp\":\"" + Instant.now() + "\",\"numberMatched\":"
                + page.numberMatched() + ",\"numberReturned\":" + page.numberReturned() + ",\"links\":"
                + json.writeValueAsString(links) + ",\"features\":" + page.featuresJson() + "}";
        return new ModelAndView(new BodyView(GEO_JSON, body));
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    ModelAndView item(@PathVariable String collectionId, @PathVariable String featureId, HttpServletRequest request,
            Model model, Locale locale) {
        requireOnly(request, OTHER_PARAMETERS);
        MapLayer layer = layer(collectionId);
        String feature = layers.feature(layer, featureId).orElseThrow(() -> new NotFoundException("feature", featureId));
        String url = base() + "/collections/" + layer.id() + "/items/" + featureId;
        List<Map<String, Object>> links = List.of(link(url, "self", GEO_JSON, "ogcapi.link.self", locale),
                link(url + "?f=html", "alternate", "text/html", "ogcapi.link.html", locale),
                link(base() + "/collections/" + layer.id(), "collection", "application/json", "ogcapi.link.collection", locale));
        if (wantsHtml(request)) {
            model.addAttribute("layer", layer);
            model.addAttribute("feature", json.readTree(feature));
            model.addAttribute("links", links);
            return new ModelAndView("ogcapi/item", model.asMap());
        }
        String body = feature.substring(0, feature.lastIndexOf('}')) + ",\"links\":" + json.writeValueAsString(links) + "}";
        return new ModelAndView(new BodyView(GEO_JSON, body));
    }

    /** Any other address under the API is not found, as a problem detail like every other error of the API. */
    @RequestMapping("/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("resource", request.getRequestURI());
    }

    private Map<String, Object> collection(MapLayer layer, Locale locale) {
        String url = base() + "/collections/" + layer.id();
        BoundingBox extent = layers.extent(layer).orElse(BoundingBox.WORLD);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", layer.id());
        collection.put("title", messages.getMessage("map.layer." + layer.id(), null, locale));
        collection.put("description", messages.getMessage("roadmap." + layer.theme() + ".intro", null, locale));
        collection.put("itemType", "feature");
        collection.put("crs", List.of(CRS84));
        Map<String, Object> spatial = Map.of("bbox", List.of(List.of(extent.west(), extent.south(), extent.east(),
                extent.north())), "crs", CRS84);
        collection.put("extent", Map.of("spatial", spatial));
        collection.put("links", List.of(
                link(url, "self", "application/json", "ogcapi.link.self", locale),
                link(url + "?f=html", "alternate", "text/html", "ogcapi.link.html", locale),
                link(url + "/items", "items", GEO_JSON, "ogcapi.link.items", locale),
                link(url + "/items?f=html", "items", "text/html", "ogcapi.link.itemsHtml", locale)));
        return collection;
    }

    /** JSON unless HTML is asked for, by {@code f=html} or by an Accept header that prefers it. */
    private ModelAndView respond(HttpServletRequest request, Object body, String jsonType, String view, Model model) {
        if (wantsHtml(request)) {
            model.addAttribute("body", body);
            model.addAttribute("base", base());
            return new ModelAndView(view, model.asMap());
        }
        return new ModelAndView(new BodyView(jsonType, json.writeValueAsString(body)));
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String format = request.getParameter("f");
        if (format != null) {
            if (!format.equals("json") && !format.equals("html")) {
                throw new InvalidQueryException("ogcapi.error.format", "f");
            }
            return format.equals("html");
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        List<MediaType> wanted = MediaType.parseMediaTypes(accept);
        return quality(wanted, MediaType.TEXT_HTML) > Math.max(quality(wanted, MediaType.APPLICATION_JSON),
                quality(wanted, MediaType.parseMediaType(GEO_JSON)));
    }

    /** How much the client wants exactly this type; wildcards count for neither HTML nor JSON. */
    private static double quality(List<MediaType> wanted, MediaType type) {
        return wanted.stream()
                .filter(candidate -> candidate.getType().equals(type.getType()) && candidate.getSubtype().equals(type.getSubtype()))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }

    /** The standard asks that a parameter the API does not define is refused, not ignored. */
    private static void requireOnly(HttpServletRequest request, Set<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidQueryException("ogcapi.error.unknownParameter", name, name);
            }
        }
    }

    /** bbox with four numbers, or six with heights, which are ignored: the layers are two-dimensional. */
    private static BoundingBox ogcBbox(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 6) {
            return BoundingBox.parse(String.join(",", parts[0], parts[1], parts[3], parts[4]));
        }
        return BoundingBox.parse(text);
    }

    /** A limit above the largest page is served as the largest page, as the standard allows; zero or less is refused. */
    private static int cappedLimit(String text) {
        int limit = integer(text, DEFAULT_LIMIT, "limit");
        return limit > FeatureFilter.MAX_LIMIT ? FeatureFilter.MAX_LIMIT : limit;
    }

    private static int integer(String text, int fallback, String parameter) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidQueryException(parameter.equals("limit") ? "mapping.error.limit" : "mapping.error.offset",
                    parameter, FeatureFilter.MAX_LIMIT);
        }
    }

    /** A page's address; the values go in as URI variables, so that each is encoded whole ("+01:00" as "%2B01:00"). */
    private static String pageUrl(String itemsUrl, FeatureFilter filter, String datetime, int offset, String format) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(itemsUrl)
                .queryParam("limit", filter.limit()).queryParam("offset", offset);
        Map<String, Object> values = new LinkedHashMap<>();
        if (datetime != null) {
            builder.queryParam("datetime", "{datetime}");
            values.put("datetime", datetime);
        }
        if (filter.bbox() != null) {
            BoundingBox b = filter.bbox();
            builder.queryParam("bbox", "{bbox}");
            values.put("bbox", b.west() + "," + b.south() + "," + b.east() + "," + b.north());
        }
        if (format != null) {
            builder.queryParam("f", format);
        }
        return builder.encode().buildAndExpand(values).toUriString();
    }

    private Map<String, Object> link(String href, String rel, String type, String titleKey, Locale locale) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", messages.getMessage(titleKey, null, locale));
        return link;
    }

    private String base() {
        return publicUrl.of("/ogcapi");
    }

    private static MapLayer layer(String id) {
        return MapLayer.byId(id).orElseThrow(() -> new NotFoundException("collection", id));
    }
}
