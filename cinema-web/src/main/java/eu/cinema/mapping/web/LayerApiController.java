package eu.cinema.mapping.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.GeoJsonPage;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.web.OpenDataApi;
import eu.cinema.web.PublicUrl;

/**
 * Each public layer as GeoJSON (RFC 7946) and as CSV with the same properties, with the map's filters, bbox and
 * paging; the sites also in the brownfield land register's columns. Cached by HTTP ({@link OpenDataCaching}), once
 * the query is known to be good: a bad one is refused, whatever the client holds.
 */
@RestController
@RequestMapping("/api/layers")
@OpenDataApi
class LayerApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final LayerService layers;
    private final OpenDataCaching caching;
    private final PublicUrl publicUrl;

    LayerApiController(LayerService layers, OpenDataCaching caching, PublicUrl publicUrl) {
        this.layers = layers;
        this.caching = caching;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/{layer}", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> geoJson(@PathVariable String layer, LayerQuery query, ServletWebRequest request) {
        MapLayer mapLayer = layer(layer);
        FeatureFilter filter = query.toFilter();
        if (caching.notModified(request, List.of(mapLayer), GEO_JSON.toString(), null)) {
            return null;
        }
        GeoJsonPage page = layers.geoJson(mapLayer, filter);
        String body = "{\"type\":\"FeatureCollection\",\"numberMatched\":" + page.numberMatched()
                + ",\"numberReturned\":" + page.numberReturned() + ",\"features\":" + page.featuresJson() + "}";
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    @GetMapping(value = "/{layer}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String layer, LayerQuery query, ServletWebRequest request) {
        MapLayer mapLayer = layer(layer);
        FeatureFilter filter = query.toFilter();
        return csv(request, mapLayer, "cinema-" + mapLayer.id() + ".csv", out -> layers.csv(mapLayer, filter, out));
    }

    @GetMapping(value = "/sites/brownfield-register.csv", produces = "text/csv")
    ResponseEntity<String> brownfieldRegister(LayerQuery query, ServletWebRequest request) {
        FeatureFilter filter = query.toFilter();
        return csv(request, MapLayer.SITES, "cinema-sites-brownfield-register.csv",
                out -> layers.brownfieldRegisterCsv(filter, publicUrl.of(""), out));
    }

    private ResponseEntity<String> csv(ServletWebRequest request, MapLayer layer, String fileName, Consumer<StringWriter> writer) {
        if (caching.notModified(request, List.of(layer), CSV.toString(), null)) {
            return null;
        }
        StringWriter out = new StringWriter();
        writer.accept(out);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toString());
    }

    private static MapLayer layer(String id) {
        return MapLayer.byId(id).orElseThrow(() -> new NotFoundException("layer", id));
    }
}
