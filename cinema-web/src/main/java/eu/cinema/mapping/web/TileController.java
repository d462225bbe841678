package eu.cinema.mapping.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import eu.cinema.common.NotFoundException;
import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;
import eu.cinema.web.OpenDataApi;

/** Mapbox vector tiles of the large layers, made by PostGIS, cacheable by browsers and edge caches. */
@RestController
@OpenDataApi
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final LayerService layers;

    TileController(LayerService layers) {
        this.layers = layers;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y) {
        MapLayer mapLayer = MapLayer.byId(layer).orElseThrow(() -> new NotFoundException("layer", layer));
        return ResponseEntity.ok()
                .contentType(MVT)
                .cacheControl(CacheControl.maxAge(LayerService.TILE_LIFETIME).cachePublic())
                .body(layers.tile(mapLayer, z, x, y));
    }
}
