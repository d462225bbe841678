package eu.cinema.mapping;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The public map layers: sites, creative actors, and the retail and small-business layer that the pilot and plan
 * features publish as views. Every layer is queried alike ({@link SqlLayers}); only public features appear.
 */
@Service
@Transactional(readOnly = true)
public class LayerService {

    /** Tiles are kept as long as browsers and edge caches are told to keep them (Cache-Control). */
    public static final Duration TILE_LIFETIME = Duration.ofMinutes(5);
    private static final long TILE_CACHE_BYTES = 64L * 1024 * 1024;

    private final SqlLayers sql;
    private final Cache<String, byte[]> tiles = Caffeine.newBuilder()
            .expireAfterWrite(TILE_LIFETIME)
            .maximumWeight(TILE_CACHE_BYTES)
            .weigher((String key, byte[] tile) -> tile.length + key.length())
            .build();

    LayerService(SqlLayers sql) {
        this.sql = sql;
    }

    public FeaturePage page(MapLayer layer, FeatureFilter filter) {
        return new FeaturePage(sql.list(layer, filter), sql.count(layer, filter));
    }

    public GeoJsonPage geoJson(MapLayer layer, FeatureFilter filter) {
        SqlLayers.JsonFeatures features = sql.geoJson(layer, filter);
        return new GeoJsonPage(features.json(), features.returned(), sql.count(layer, filter));
    }

    /** One public feature as a GeoJSON Feature object. */
    public Optional<String> feature(MapLayer layer, String id) {
        return sql.featureJson(layer, id);
    }

    public Optional<BoundingBox> extent(MapLayer layer) {
        return sql.extent(layer);
    }

    /** A Mapbox vector tile. */
    public byte[] tile(MapLayer layer, int z, int x, int y) {
        if (z < 0 || z > 22 || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z) {
            throw new InvalidQueryException("mapping.error.tile", "z");
        }
        return tiles.get(layer.id() + "/" + z + "/" + x + "/" + y, key -> sql.tile(layer, z, x, y));
    }

    /** How many layers hold at least one public feature; asked on every home page, so kept to EXISTS queries. */
    long layersWithContent() {
        return Stream.of(MapLayer.values()).filter(sql::hasAny).count();
    }
}
