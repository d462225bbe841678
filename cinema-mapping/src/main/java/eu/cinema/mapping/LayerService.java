package eu.cinema.mapping;

import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The public map layers: sites, creative actors, and the retail and small-business layer that the pilot and plan
 * features publish as views. Every layer is queried alike ({@link SqlLayers}); only public features appear.
 * <p>
 * What one statement answers runs without a transaction of its own ({@link Propagation#SUPPORTS}): a read-only
 * transaction adds a Hibernate session and two round trips (BEGIN, COMMIT), more than the statement itself for one feature.
 */
@Service
@Transactional(readOnly = true)
public class LayerService {

    /** How long a tile is kept after it was made, whether asked for again or not. */
    private static final Duration TILE_LIFETIME = Duration.ofMinutes(5);
    private static final long TILE_CACHE_BYTES = 64L * 1024 * 1024;

    private final SqlLayers sql;
    private final Cache<String, byte[]> tiles = Caffeine.newBuilder()
            .expireAfterWrite(TILE_LIFETIME)
            .maximumWeight(TILE_CACHE_BYTES)
            .weigher((String key, byte[] tile) -> tile.length + key.length())
            .build();

    /*
     * A layer's counts and extent are kept per version of its data (open_data_change), like its tiles: a page asks
     * for them without scanning 100,000 rows each time, and a change shows at once on every instance. The version is
     * read before the figure, so a figure read during a change is kept under a version already out of date.
     */
    private static final int FIGURES_KEPT = 10_000;
    private final Cache<CountKey, Long> counts = Caffeine.newBuilder().maximumSize(FIGURES_KEPT).build();
    private final Cache<CountKey, Optional<BoundingBox>> extents = Caffeine.newBuilder().maximumSize(FIGURES_KEPT).build();

    LayerService(SqlLayers sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public FeaturePage page(MapLayer layer, FeatureFilter filter) {
        return new FeaturePage(sql.list(layer, filter), count(layer, filter));
    }

    public GeoJsonPage geoJson(MapLayer layer, FeatureFilter filter) {
        return geoJson(layer, filter, CoordinateSystem.CRS84);
    }

    /**
     * Counted with the features, in their transaction: a box of the API is seldom asked twice, and its caller has read
     * the layer's version already (for the ETag), so a kept count would cost a query more than it saves.
     */
    public GeoJsonPage geoJson(MapLayer layer, FeatureFilter filter, CoordinateSystem crs) {
        SqlLayers.JsonFeatures features = sql.geoJson(layer, filter, crs);
        return new GeoJsonPage(features.json(), features.returned(), sql.count(layer, filter));
    }

    /** How many public features the filter selects, whatever page of them is asked for. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long count(MapLayer layer, FeatureFilter filter) {
        FeatureFilter selection = filter.page(1, 0).inLanguage(null);
        return counts.get(new CountKey(layer, selection, sql.lastChange(List.of(layer))), key -> sql.count(layer, selection));
    }

    /** The selection as CSV, with the same properties as its GeoJSON. */
    public void csv(MapLayer layer, FeatureFilter filter, Writer out) {
        CsvExport.write(layer, sql.propertyNames(layer), sql.rows(layer, filter), out);
    }

    /**
     * The selected sites in the brownfield land register's columns.
     *
     * @param siteBase the portal's public address, for each site's page address
     */
    public void brownfieldRegisterCsv(FeatureFilter filter, String siteBase, Writer out) {
        BrownfieldRegisterCsv.write(sql.rows(MapLayer.SITES, filter), siteBase, out);
    }

    /** One public feature as a GeoJSON Feature object, its description in {@code lang} where translated (null: as written). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> feature(MapLayer layer, String id, CoordinateSystem crs, String lang) {
        return sql.featureJson(layer, id, crs, lang);
    }

    /**
     * A box given in another coordinate system, as the CRS84 box that holds it.
     *
     * @param box the box with easting (or longitude) first, whatever the system's axis order
     * @throws InvalidQueryException naming {@code bbox} when the box does not fit the system
     */
    public BoundingBox toCrs84(BoundingBox box, CoordinateSystem crs) {
        if (crs.geographic()) {
            return BoundingBox.checked(box);
        }
        if (box.west() > box.east() || box.south() > box.north()) {
            throw new InvalidQueryException("mapping.error.bboxInverted", "bbox");
        }
        try {
            return sql.crs84Around(box, crs).orElseThrow(() -> new InvalidQueryException("ogcapi.error.bboxCrsRange", "bbox"));
        } catch (UncategorizedSQLException outsideTheProjection) {
            throw new InvalidQueryException("ogcapi.error.bboxCrsRange", "bbox");
        }
    }

    /** When the data of these layers last changed, for HTTP caching. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Instant lastChange(Collection<MapLayer> layers) {
        return sql.lastChange(layers);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<BoundingBox> extent(MapLayer layer) {
        return extents.get(new CountKey(layer, null, sql.lastChange(List.of(layer))), key -> sql.extent(layer));
    }

    /**
     * A Mapbox vector tile; kept per version of the layer's data, so that a change shows at once.
     *
     * @param version the layer's last change ({@link #lastChange}), which the caller has for HTTP caching anyway
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public byte[] tile(MapLayer layer, int z, int x, int y, Instant version) {
        if (z < 0 || z > 22 || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z) {
            throw new InvalidQueryException("mapping.error.tile", "z");
        }
        String key = layer.id() + "/" + z + "/" + x + "/" + y + "@" + version.toEpochMilli();
        return tiles.get(key, ignored -> sql.tile(layer, z, x, y));
    }

    /** How many layers hold at least one public feature; asked on every home page, so kept to EXISTS queries. */
    long layersWithContent() {
        return Stream.of(MapLayer.values()).filter(sql::hasAny).count();
    }

    /** A layer's selection (or none: the whole layer) at one version of its data. */
    private record CountKey(MapLayer layer, FeatureFilter selection, Instant version) {
    }
}
