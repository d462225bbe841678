package eu.cinema.mapping.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.web.OpenDataApi;

/** Mapbox vector tiles of the large layers, made by PostGIS, cacheable by browsers and edge caches
 * ({@link OpenDataCaching}). */
@RestController
@OpenDataApi
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final LayerService layers;
    private final OpenDataCaching caching;

    TileController(LayerService layers, OpenDataCaching caching) {
        this.layers = layers;
        this.caching = caching;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y,
            ServletWebRequest request) {
        MapLayer mapLayer = MapLayer.byId(layer).orElseThrow(() -> new NotFoundException("layer", layer));
        Instant version = layers.lastChange(List.of(mapLayer));
        if (caching.notModified(request, version, MVT.toString(), null)) {
            return null;
        }
        return ResponseEntity.ok().contentType(MVT).body(layers.tile(mapLayer, z, x, y, version));
    }
}
