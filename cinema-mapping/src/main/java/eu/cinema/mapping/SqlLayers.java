package eu.cinema.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The layers stored in PostGIS (sites and creative actors), queried in SQL so that PostgreSQL
 * builds the GeoJSON itself: the portal adds only the envelope around what the database wrote.
 */
@Repository
class SqlLayers {

    private static final String ORDER = "t.name, t.id";
    static final int CLUSTER_BELOW_ZOOM = 14;
    private static final double WEB_MERCATOR_WIDTH = 40_075_016.686;

    private final NamedParameterJdbcTemplate jdbc;

    SqlLayers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(MapLayer layer, FeatureFilter filter) {
        Selection selection = select(layer, filter);
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + selection.from() + " WHERE " + selection.where(),
                selection.params(), Long.class);
        return count == null ? 0 : count;
    }

    List<MapFeature> list(MapLayer layer, FeatureFilter filter) {
        Selection selection = select(layer, filter);
        String status = layer == MapLayer.SITES ? "t.status" : "NULL";
        return jdbc.query("SELECT t.id, t.name, t.kind, " + status + " AS status, t.city_name, t.country_code, "
                + "ST_X(t.location) AS lon, ST_Y(t.location) AS lat FROM " + selection.from()
                + " WHERE " + selection.where() + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset",
                selection.params(), (rs, row) -> feature(layer, rs));
    }

    /** The selected features as a GeoJSON array, in list order, written by PostgreSQL. */
    JsonFeatures geoJson(MapLayer layer, FeatureFilter filter) {
        Selection selection = select(layer, filter);
        return jdbc.queryForObject("SELECT count(*) AS returned, coalesce(json_agg(f ORDER BY ord), '[]'::json)::text AS json "
                + "FROM (SELECT row_number() OVER (ORDER BY " + ORDER + ") AS ord, " + featureJson(layer) + " AS f FROM "
                + selection.from() + " WHERE " + selection.where() + " ORDER BY " + ORDER
                + " LIMIT :limit OFFSET :offset) q", selection.params(),
                (rs, row) -> new JsonFeatures(rs.getString("json"), rs.getInt("returned")));
    }

    Optional<String> featureJson(MapLayer layer, long id) {
        Selection selection = select(layer, null);
        selection.params().addValue("id", id);
        return jdbc.query("SELECT " + featureJson(layer) + "::text FROM " + selection.from() + " WHERE "
                + selection.where() + " AND t.id = :id", selection.params(), (rs, row) -> rs.getString(1)).stream().findFirst();
    }

    /** Whether the layer shows anything to the public; cheap, unlike its extent. */
    boolean hasAny(MapLayer layer) {
        Selection selection = select(layer, null);
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + selection.from() + " WHERE "
                + selection.where() + ")", selection.params(), Boolean.class));
    }

    /** The box around every public feature of the layer, or nothing for an empty layer. */
    Optional<BoundingBox> extent(MapLayer layer) {
        Selection selection = select(layer, null);
        return jdbc.query("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(t.location) AS e FROM "
                + selection.from() + " WHERE " + selection.where() + ") x WHERE e IS NOT NULL", selection.params(),
                (rs, row) -> new BoundingBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                .stream().findFirst();
    }

    /**
     * A Mapbox vector tile of the layer, made by PostGIS; empty where the tile holds nothing. Below
     * {@link #CLUSTER_BELOW_ZOOM} the points that share a cell of 1/128 of the tile's width become
     * one feature with their {@code count}, so that a dense city stays a small tile.
     */
    byte[] tile(MapLayer layer, int z, int x, int y) {
        Selection selection = select(layer, null);
        String status = layer == MapLayer.SITES ? "t.status" : "NULL::text";
        String cell = z < CLUSTER_BELOW_ZOOM ? "ST_SnapToGrid(t.location_mercator, :cell)" : "t.location_mercator";
        MapSqlParameterSource params = selection.params().addValue("z", z).addValue("x", x).addValue("y", y)
                .addValue("cell", WEB_MERCATOR_WIDTH / (1L << z) / 128).addValue("layer", layer.id());
        byte[] tile = jdbc.queryForObject("WITH bounds AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env), "
                + "points AS (SELECT t.id, t.kind, " + status + " AS status, " + cell + " AS cell FROM "
                + selection.from() + ", bounds WHERE " + selection.where() + " AND t.location_mercator && bounds.env), "
                + "features AS (SELECT min(p.id) AS id, count(*) AS count, min(p.kind) AS kind, min(p.status) AS status, "
                + "ST_AsMVTGeom(p.cell, (SELECT env FROM bounds), 4096, 64, true) AS geom FROM points p GROUP BY p.cell) "
                + "SELECT ST_AsMVT(features, :layer, 4096, 'geom') FROM features", params, byte[].class);
        return tile == null ? new byte[0] : tile;
    }

    private static String featureJson(MapLayer layer) {
        String properties = switch (layer) {
            case SITES -> "json_build_object('name', t.name, 'kind', t.kind, 'status', t.status, 'city', t.city_name, "
                    + "'country', t.country_code, 'floorAreaM2', t.floor_area_m2, 'heritageProtected', t.heritage_protected, "
                    + "'updated', t.updated_at, 'path', '/sites/' || t.id)";
            case ACTORS -> "json_build_object('name', t.name, 'kind', t.kind, 'domains', (SELECT coalesce(json_agg(d.domain "
                    + "ORDER BY d.domain), '[]'::json) FROM creative_actor_domain d WHERE d.creative_actor_id = t.id), "
                    + "'city', t.city_name, 'country', t.country_code, 'path', '/actors/' || t.id)";
            case RETAIL -> throw new IllegalArgumentException("The retail layer is not stored in SQL");
        };
        return "json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(t.location, 6)::json, "
                + "'properties', " + properties + ")";
    }

    private static Selection select(MapLayer layer, FeatureFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder();
        String from = switch (layer) {
            case SITES -> {
                where.append("t.publication = 'PUBLISHED'");
                yield "site t";
            }
            case ACTORS -> {
                where.append("TRUE");
                yield "creative_actor t";
            }
            case RETAIL -> throw new IllegalArgumentException("The retail layer is not stored in SQL");
        };
        if (filter != null) {
            params.addValue("limit", filter.limit()).addValue("offset", filter.offset());
            if (filter.bbox() != null) {
                where.append(" AND t.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)");
                params.addValue("west", filter.bbox().west()).addValue("south", filter.bbox().south())
                        .addValue("east", filter.bbox().east()).addValue("north", filter.bbox().north());
            }
            condition(where, params, "country", filter.country(), "t.country_code = :country");
            condition(where, params, "city", filter.city(), "lower(t.city_name) = lower(:city)");
            condition(where, params, "kind", filter.kind(), "t.kind = :kind");
            if (layer == MapLayer.SITES) {
                condition(where, params, "status", filter.status(), "t.status = :status");
                if (filter.updatedFrom() != null) {
                    where.append(" AND t.updated_at >= :updatedFrom");
                    params.addValue("updatedFrom", Timestamp.from(filter.updatedFrom()));
                }
                if (filter.updatedTo() != null) {
                    where.append(" AND t.updated_at <= :updatedTo");
                    params.addValue("updatedTo", Timestamp.from(filter.updatedTo()));
                }
            }
            if (layer == MapLayer.ACTORS) {
                condition(where, params, "domain", filter.domain(), "EXISTS (SELECT 1 FROM creative_actor_domain d "
                        + "WHERE d.creative_actor_id = t.id AND d.domain = :domain)");
            }
        }
        return new Selection(from, where.toString(), params);
    }

    private static void condition(StringBuilder where, MapSqlParameterSource params, String name, String value, String sql) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(sql);
            params.addValue(name, value.strip());
        }
    }

    private static MapFeature feature(MapLayer layer, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new MapFeature(layer, id, rs.getString("name"), rs.getString("kind"), rs.getString("status"),
                rs.getString("city_name"), rs.getString("country_code"), rs.getDouble("lon"), rs.getDouble("lat"),
                "/" + layer.id() + "/" + id);
    }

    private record Selection(String from, String where, MapSqlParameterSource params) {
    }

    record JsonFeatures(String json, int returned) {
    }
}
