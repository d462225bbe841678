package eu.cinema.mapping;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import eu.cinema.layer.LocatedItem;
import eu.cinema.layer.RetailLayerContributor;

/**
 * The public map layers: sites and creative actors from PostGIS, the retail and small-business
 * layer from whatever the pilots and action-plan modules contribute. Only public features appear.
 */
@Service
@Transactional(readOnly = true)
public class LayerService {

    /** Tiles are kept as long as browsers and edge caches are told to keep them (Cache-Control). */
    public static final Duration TILE_LIFETIME = Duration.ofMinutes(5);
    private static final long TILE_CACHE_BYTES = 64L * 1024 * 1024;

    private final SqlLayers sql;
    private final List<RetailLayerContributor> retailContributors;
    private final Cache<String, byte[]> tiles = Caffeine.newBuilder()
            .expireAfterWrite(TILE_LIFETIME)
            .maximumWeight(TILE_CACHE_BYTES)
            .weigher((String key, byte[] tile) -> tile.length + key.length())
            .build();

    LayerService(SqlLayers sql, List<RetailLayerContributor> retailContributors) {
        this.sql = sql;
        this.retailContributors = retailContributors;
    }

    public FeaturePage page(MapLayer layer, FeatureFilter filter) {
        if (layer == MapLayer.RETAIL) {
            List<MapFeature> matching = retail(filter).toList();
            return new FeaturePage(paged(matching, filter), matching.size());
        }
        return new FeaturePage(sql.list(layer, filter), sql.count(layer, filter));
    }

    public GeoJsonPage geoJson(MapLayer layer, FeatureFilter filter) {
        if (layer == MapLayer.RETAIL) {
            List<MapFeature> matching = retail(filter).toList();
            List<MapFeature> page = paged(matching, filter);
            return new GeoJsonPage(page.stream().map(LayerService::retailJson).collect(Collectors.joining(",", "[", "]")),
                    page.size(), matching.size());
        }
        SqlLayers.JsonFeatures features = sql.geoJson(layer, filter);
        return new GeoJsonPage(features.json(), features.returned(), sql.count(layer, filter));
    }

    /** One public feature as a GeoJSON Feature object. */
    public Optional<String> feature(MapLayer layer, String id) {
        if (layer == MapLayer.RETAIL) {
            return retailItems().filter(item -> item.id().equals(id)).findFirst().map(LayerService::retailJson);
        }
        try {
            return sql.featureJson(layer, Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    public Optional<BoundingBox> extent(MapLayer layer) {
        if (layer == MapLayer.RETAIL) {
            List<MapFeature> all = retailItems().toList();
            return all.isEmpty() ? Optional.empty() : Optional.of(new BoundingBox(
                    all.stream().mapToDouble(MapFeature::longitude).min().orElseThrow(),
                    all.stream().mapToDouble(MapFeature::latitude).min().orElseThrow(),
                    all.stream().mapToDouble(MapFeature::longitude).max().orElseThrow(),
                    all.stream().mapToDouble(MapFeature::latitude).max().orElseThrow()));
        }
        return sql.extent(layer);
    }

    /** A Mapbox vector tile, for the layers stored in PostGIS. */
    public byte[] tile(MapLayer layer, int z, int x, int y) {
        if (layer == MapLayer.RETAIL) {
            throw new InvalidQueryException("mapping.error.noTiles", "layer");
        }
        if (z < 0 || z > 22 || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z) {
            throw new InvalidQueryException("mapping.error.tile", "z");
        }
        return tiles.get(layer.id() + "/" + z + "/" + x + "/" + y, key -> sql.tile(layer, z, x, y));
    }

    /** How many layers hold at least one public feature; asked on every home page, so kept to EXISTS queries. */
    long layersWithContent() {
        return Stream.of(MapLayer.values())
                .filter(layer -> layer == MapLayer.RETAIL
                        ? retailContributors.stream().anyMatch(RetailLayerContributor::hasPublishedItems)
                        : sql.hasAny(layer))
                .count();
    }

    private Stream<MapFeature> retail(FeatureFilter filter) {
        return retailItems().filter(feature -> matches(feature, filter));
    }

    private Stream<MapFeature> retailItems() {
        return retailContributors.stream()
                .flatMap(contributor -> contributor.publishedItems().stream())
                .map(LayerService::retailFeature)
                .sorted(Comparator.comparing(MapFeature::name).thenComparing(MapFeature::id));
    }

    private static boolean matches(MapFeature feature, FeatureFilter filter) {
        BoundingBox box = filter.bbox();
        return (box == null || (feature.longitude() >= box.west() && feature.longitude() <= box.east()
                        && feature.latitude() >= box.south() && feature.latitude() <= box.north()))
                && (filter.country() == null || filter.country().isBlank() || filter.country().strip().equals(feature.countryCode()))
                && (filter.city() == null || filter.city().isBlank() || filter.city().strip().equalsIgnoreCase(feature.cityName()))
                && (filter.kind() == null || filter.kind().isBlank() || filter.kind().strip().equals(feature.kind()));
    }

    private static List<MapFeature> paged(List<MapFeature> all, FeatureFilter filter) {
        return all.stream().skip(filter.offset()).limit(filter.limit()).toList();
    }

    private static MapFeature retailFeature(LocatedItem item) {
        return new MapFeature(MapLayer.RETAIL, item.id(), item.name(), item.kind(), null, item.cityName(),
                item.countryCode(), item.longitude(), item.latitude(), item.path());
    }

    private static String retailJson(MapFeature feature) {
        return "{\"type\":\"Feature\",\"id\":" + Json.string(feature.id())
                + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + feature.longitude() + "," + feature.latitude() + "]}"
                + ",\"properties\":{\"name\":" + Json.string(feature.name()) + ",\"kind\":" + Json.string(feature.kind())
                + ",\"city\":" + Json.string(feature.cityName()) + ",\"country\":" + Json.string(feature.countryCode())
                + ",\"path\":" + Json.string(feature.path()) + "}}";
    }
}
