package eu.cinema.mapping.web;

import java.io.StringWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.CsvExport;
import eu.cinema.mapping.GeoJsonPage;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.web.OpenDataApi;

/** Each public layer as GeoJSON (RFC 7946) and as CSV, with the map's filters, bbox and paging. */
@RestController
@RequestMapping("/api/layers")
@OpenDataApi
class LayerApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final LayerService layers;

    LayerApiController(LayerService layers) {
        this.layers = layers;
    }

    @GetMapping(value = "/{layer}", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> geoJson(@PathVariable String layer, LayerQuery query) {
        GeoJsonPage page = layers.geoJson(layer(layer), query.toFilter());
        String body = "{\"type\":\"FeatureCollection\",\"numberMatched\":" + page.numberMatched()
                + ",\"numberReturned\":" + page.numberReturned() + ",\"features\":" + page.featuresJson() + "}";
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    @GetMapping(value = "/{layer}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String layer, LayerQuery query) {
        MapLayer mapLayer = layer(layer);
        StringWriter out = new StringWriter();
        CsvExport.write(layers.page(mapLayer, query.toFilter()).features(), out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cinema-" + mapLayer.id() + ".csv").build().toString())
                .body(out.toString());
    }

    private static MapLayer layer(String id) {
        return MapLayer.byId(id).orElseThrow(() -> new NotFoundException("layer", id));
    }
}
