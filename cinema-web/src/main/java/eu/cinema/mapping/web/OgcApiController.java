package eu.cinema.mapping.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.BoundingBox;
import eu.cinema.mapping.CoordinateSystem;
import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.GeoJsonPage;
import eu.cinema.mapping.InvalidQueryException;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.web.OpenDataApi;
import eu.cinema.web.PublicUrl;

/**
 * OGC API - Features, Part 1 (Core) and Part 2 (Coordinate Reference Systems by Reference), over the three public
 * layers, so that QGIS and other GIS open them directly. Every resource is JSON (GeoJSON for features) or HTML,
 * chosen by {@code f} or by the Accept header; coordinates are CRS84 (WGS 84, longitude first) unless {@code crs}
 * asks for another of {@link CoordinateSystem}'s, and a {@code bbox} may be given in any of them ({@code bbox-crs}).
 * The JSON answers about data carry validators for HTTP caching ({@link OpenDataCaching}).
 */
@Controller
@RequestMapping("/ogcapi")
@OpenDataApi
class OgcApiController {

    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final int DEFAULT_LIMIT = 10;
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    private static final Set<String> ITEMS_PARAMETERS = Set.of("f", "bbox", "bbox-crs", "crs", "datetime", "limit", "offset",
            "lang");
    private static final Set<String> ITEM_PARAMETERS = Set.of("f", "crs", "lang");
    private static final Set<String> OTHER_PARAMETERS = Set.of("f", "lang");
    private static final List<MapLayer> ALL_LAYERS = List.of(MapLayer.values());

    private final LayerService layers;
    private final JsonMapper json;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final OpenDataCaching caching;

    OgcApiController(LayerService layers, JsonMapper json, MessageSource messages, PublicUrl publicUrl, OpenDataCaching caching) {
        this.publicUrl = publicUrl;
        this.caching = caching;
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
    ModelAndView collections(HttpServletRequest request, ServletWebRequest webRequest, Model model, Locale locale) {
        requireOnly(request, OTHER_PARAMETERS);
        if (notModified(request, webRequest, ALL_LAYERS, "application/json", locale)) {
            return null;
        }
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
    ModelAndView collection(@PathVariable String collectionId, HttpServletRequest request, ServletWebRequest webRequest,
            Model model, Locale locale) {
        requireOnly(request, OTHER_PARAMETERS);
        MapLayer layer = layer(collectionId);
        if (notModified(request, webRequest, List.of(layer), "application/json", locale)) {
            return null;
        }
        return respond(request, collection(layer, locale), "application/json", "ogcapi/collection", model);
    }

    @GetMapping("/collections/{collectionId}/items")
    ModelAndView items(@PathVariable String collectionId, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String datetime, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, @RequestParam(name = "bbox-crs", required = false) String bboxCrs,
            @RequestParam(name = "crs", required = false) String crsParameter, HttpServletRequest request,
            ServletWebRequest webRequest, Model model, Locale locale) {
        requireOnly(request, ITEMS_PARAMETERS);
        MapLayer layer = layer(collectionId);
        DateTimeInterval interval = DateTimeInterval.parse(datetime);
        CoordinateSystem crs = coordinateSystem(crsParameter, "crs");
        FeatureFilter filter = new FeatureFilter(bbox == null ? null : ogcBbox(bbox, coordinateSystem(bboxCrs, "bbox-crs")),
                null, null, null, null, null, interval.from(), interval.to(), cappedLimit(limit), integer(offset, 0, "offset"),
                textLanguage(request, locale));
        if (notModified(request, webRequest, List.of(layer), GEO_JSON, locale)) {
            return null;
        }
        // The links repeat the request as asked (bbox in its own system, crs), so that following them changes nothing else.
        PageQuery query = new PageQuery(base() + "/collections/" + layer.id() + "/items", filter.limit(), bbox, bboxCrs,
                crsParameter, datetime);
        GeoJsonPage page = layers.geoJson(layer, filter, crs);
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(query.url(filter.offset(), "json"), "self", GEO_JSON, "ogcapi.link.self", locale));
        links.add(link(query.url(filter.offset(), "html"), "alternate", "text/html", "ogcapi.link.html", locale));
        if (filter.offset() + page.numberReturned() < page.numberMatched()) {
            links.add(link(query.url(filter.offset() + filter.limit(), null), "next", GEO_JSON, "ogcapi.link.next", locale));
        }
        if (filter.offset() > 0) {
            links.add(link(query.url(Math.max(0, filter.offset() - filter.limit()), null), "prev", GEO_JSON, "ogcapi.link.prev",
                    locale));
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
        return new ModelAndView(new BodyView(GEO_JSON, body, contentCrs(crs)));
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    ModelAndView item(@PathVariable String collectionId, @PathVariable String featureId,
            @RequestParam(name = "crs", required = false) String crsParameter, HttpServletRequest request,
            ServletWebRequest webRequest, Model model, Locale locale) {
        requireOnly(request, ITEM_PARAMETERS);
        MapLayer layer = layer(collectionId);
        CoordinateSystem crs = coordinateSystem(crsParameter, "crs");
        if (notModified(request, webRequest, List.of(layer), GEO_JSON, locale)) {
            return null;
        }
        String feature = layers.feature(layer, featureId, crs, textLanguage(request, locale))
                .orElseThrow(() -> new NotFoundException("feature", featureId));
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
        return new ModelAndView(new BodyView(GEO_JSON, body, contentCrs(crs)));
    }

    /**
     * The language of the features' descriptions: the one {@code lang} asks for (the portal's language switch, so an
     * unknown one becomes the portal's default), or none, so that a request without it gets every text as written.
     */
    private static String textLanguage(HttpServletRequest request, Locale locale) {
        return request.getParameter("lang") == null ? null : locale.getLanguage();
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
        collection.put("crs", Arrays.stream(CoordinateSystem.values()).map(CoordinateSystem::uri).toList());
        collection.put("storageCrs", CoordinateSystem.CRS84.uri());
        Map<String, Object> spatial = Map.of("bbox", List.of(List.of(extent.west(), extent.south(), extent.east(),
                extent.north())), "crs", CoordinateSystem.CRS84.uri());
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

    /** The JSON of data is cached by HTTP; the HTML pages are not, since they show who is signed in. */
    private boolean notModified(HttpServletRequest request, ServletWebRequest webRequest, List<MapLayer> sources,
            String mediaType, Locale locale) {
        return !wantsHtml(request) && caching.notModified(webRequest, sources, mediaType, locale);
    }

    /**
     * bbox with four numbers, or six with heights, which are ignored: the layers are two-dimensional. The numbers
     * follow the axis order of the system they are given in (latitude first in EPSG:4326).
     */
    private BoundingBox ogcBbox(String text, CoordinateSystem crs) {
        String[] parts = text.split(",", -1);
        if (parts.length == 6) {
            parts = new String[] {parts[0], parts[1], parts[3], parts[4]};
        }
        double[] corners = BoundingBox.numbers(parts);
        BoundingBox eastingFirst = crs.northingFirst()
                ? new BoundingBox(corners[1], corners[0], corners[3], corners[2])
                : new BoundingBox(corners[0], corners[1], corners[2], corners[3]);
        return crs == CoordinateSystem.CRS84 ? BoundingBox.checked(eastingFirst) : layers.toCrs84(eastingFirst, crs);
    }

    /** The system a {@code crs} or {@code bbox-crs} parameter names; CRS84 when it is absent. */
    private static CoordinateSystem coordinateSystem(String uri, String parameter) {
        if (uri == null) {
            return CoordinateSystem.CRS84;
        }
        return CoordinateSystem.byUri(uri).orElseThrow(() -> new InvalidQueryException("ogcapi.error.crs", parameter, parameter));
    }

    private static Map<String, String> contentCrs(CoordinateSystem crs) {
        return Map.of("Content-Crs", "<" + crs.uri() + ">");
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

    /**
     * An items request as asked, to write the address of another of its pages; the values go in as URI variables,
     * so that each is encoded whole ("+01:00" as "%2B01:00").
     */
    private record PageQuery(String itemsUrl, int limit, String bbox, String bboxCrs, String crs, String datetime) {

        String url(int offset, String format) {
            UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(itemsUrl)
                    .queryParam("limit", limit).queryParam("offset", offset);
            Map<String, Object> values = new LinkedHashMap<>();
            add(builder, values, "datetime", datetime);
            add(builder, values, "bbox", bbox);
            add(builder, values, "bbox-crs", bboxCrs);
            add(builder, values, "crs", crs);
            if (format != null) {
                builder.queryParam("f", format);
            }
            return builder.encode().buildAndExpand(values).toUriString();
        }

        private static void add(UriComponentsBuilder builder, Map<String, Object> values, String name, String value) {
            if (value != null) {
                String variable = name.replace("-", "");
                builder.queryParam(name, "{" + variable + "}");
                values.put(variable, value);
            }
        }
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
