package eu.cinema.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import eu.cinema.site.PublishedDates;

/**
 * Every map layer, queried in SQL so that PostgreSQL filters, pages, counts and builds the GeoJSON and the
 * vector tiles itself: the portal adds only the envelope around what the database wrote. A layer is its
 * {@link Source}: a table or view, which of its rows are public, and what its features carry; the filters are
 * written once, below, for all of them.
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
        Selection selection = select(layer, filter.inLanguage(null));
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + selection.from() + " WHERE " + selection.where(),
                selection.params(), Long.class);
        return count == null ? 0 : count;
    }

    List<MapFeature> list(MapLayer layer, FeatureFilter filter) {
        Selection selection = select(layer, filter);
        Source source = Source.of(layer);
        return jdbc.query("SELECT t.id, t.name, t.kind, " + source.statusOrNull() + " AS status, t.city_name, t.country_code, "
                + "ST_X(t.location) AS lon, ST_Y(t.location) AS lat, " + source.path() + " AS path FROM " + selection.from()
                + " WHERE " + selection.where() + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset",
                selection.params(), (rs, row) -> feature(layer, rs));
    }

    /** The selected features as a GeoJSON array, in list order and in the given coordinates, written by PostgreSQL. */
    JsonFeatures geoJson(MapLayer layer, FeatureFilter filter, CoordinateSystem crs) {
        Selection selection = select(layer, filter);
        return jdbc.queryForObject("SELECT count(*) AS returned, coalesce(json_agg(f ORDER BY ord), '[]'::json)::text AS json "
                + "FROM (SELECT row_number() OVER (ORDER BY " + ORDER + ") AS ord, " + Source.of(layer).featureJson(crs, selection.translated())
                + " AS f FROM "
                + selection.from() + " WHERE " + selection.where() + " ORDER BY " + ORDER
                + " LIMIT :limit OFFSET :offset) q", selection.params(),
                (rs, row) -> new JsonFeatures(rs.getString("json"), rs.getInt("returned")));
    }

    /** The property names of the layer's features, in the order of its exports. */
    List<String> propertyNames(MapLayer layer) {
        return Source.of(layer).properties().stream().map(Property::name).toList();
    }

    /** The selected features for a table: id, position in WGS 84 and their properties as a JSON object, in list order. */
    List<CsvExport.Row> rows(MapLayer layer, FeatureFilter filter) {
        Selection selection = select(layer, filter);
        return jdbc.query("SELECT t.id, ST_X(t.location) AS lon, ST_Y(t.location) AS lat, "
                + Source.of(layer).propertiesJson(selection.translated())
                + "::text AS properties FROM " + selection.from() + " WHERE " + selection.where() + " ORDER BY " + ORDER
                + " LIMIT :limit OFFSET :offset", selection.params(), (rs, row) -> new CsvExport.Row(rs.getString("id"),
                        rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("properties")));
    }

    /** One public feature by its id as the layer writes it (a number, or text such as "pilot-12"). */
    Optional<String> featureJson(MapLayer layer, String id, CoordinateSystem crs, String lang) {
        Source source = Source.of(layer);
        Selection selection = select(layer, null, lang);
        if (source.numericIds()) {
            try {
                selection.params().addValue("id", Long.parseLong(id));
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        } else {
            selection.params().addValue("id", id);
        }
        return jdbc.query("SELECT " + source.featureJson(crs, selection.translated()) + "::text FROM " + selection.from() + " WHERE "
                + selection.where() + " AND t.id = :id", selection.params(), (rs, row) -> rs.getString(1)).stream().findFirst();
    }

    /** Whether the layer shows anything to the public; cheap, unlike its extent. */
    boolean hasAny(MapLayer layer) {
        Selection selection = select(layer, null);
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + selection.from() + " WHERE "
                + selection.where() + ")", selection.params(), Boolean.class));
    }

    /** When any of the layers last changed (the database's triggers keep it, deletions included). */
    Instant lastChange(Collection<MapLayer> layers) {
        return jdbc.queryForObject("SELECT max(changed_at) FROM open_data_change WHERE layer IN (:layers)",
                new MapSqlParameterSource("layers", layers.stream().map(MapLayer::id).toList()),
                (rs, row) -> rs.getTimestamp(1).toInstant());
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
     * The CRS84 box around a box given in another system (easting first): its edges are followed, since a straight
     * edge on a projection is curved in degrees, so the box found is a little larger than the one asked for, never
     * smaller. Empty when the system cannot place the box on the globe: when its corners, taken to the globe and
     * back, do not come back within a metre (PROJ wraps longitudes and clamps latitudes instead of failing).
     */
    Optional<BoundingBox> crs84Around(BoundingBox box, CoordinateSystem crs) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("west", box.west()).addValue("south", box.south())
                .addValue("east", box.east()).addValue("north", box.north()).addValue("srid", crs.srid());
        return jdbc.query("WITH asked AS (SELECT ST_Segmentize(ST_MakeEnvelope(:west, :south, :east, :north, :srid), "
                + "greatest(:east - :west, :north - :south, 1e-9) / 32) AS box), "
                + "globe AS (SELECT ST_Transform(box, 4326) AS box FROM asked), "
                + "back AS (SELECT ST_Transform(box, :srid) AS box FROM globe) "
                + "SELECT ST_XMin(g.box), ST_YMin(g.box), ST_XMax(g.box), ST_YMax(g.box), "
                + "greatest(abs(ST_XMin(b.box) - :west), abs(ST_YMin(b.box) - :south), abs(ST_XMax(b.box) - :east), "
                + "abs(ST_YMax(b.box) - :north)) AS drift FROM globe g, back b", params,
                (rs, row) -> rs.getDouble("drift") <= 1 ? new BoundingBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getDouble(4)) : null)
                .stream().filter(found -> found != null && Double.isFinite(found.west()) && Double.isFinite(found.north()))
                .findFirst();
    }

    /**
     * A Mapbox vector tile of the layer, made by PostGIS; empty where the tile holds nothing. Below
     * {@link #CLUSTER_BELOW_ZOOM} the points that share a cell of 1/128 of the tile's width become
     * one feature with their {@code count}, so that a dense city stays a small tile.
     */
    byte[] tile(MapLayer layer, int z, int x, int y) {
        Selection selection = select(layer, null);
        String status = Source.of(layer).statusOrNull() + "::text";
        String cell = z < CLUSTER_BELOW_ZOOM ? "ST_SnapToGrid(t.location_mercator, :cell)" : "t.location_mercator";
        MapSqlParameterSource params = selection.params().addValue("z", z).addValue("x", x).addValue("y", y)
                .addValue("cell", WEB_MERCATOR_WIDTH / (1L << z) / 128).addValue("layer", layer.id());
        byte[] tile = jdbc.queryForObject("WITH bounds AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env), "
                + "points AS (SELECT t.id, t.name, t.kind, " + status + " AS status, " + cell + " AS cell FROM "
                + selection.from() + ", bounds WHERE " + selection.where() + " AND t.location_mercator && bounds.env), "
                + "features AS (SELECT min(p.id) AS id, count(*) AS count, CASE WHEN count(*) = 1 THEN min(p.name) END AS name, "
                + "min(p.kind) AS kind, min(p.status) AS status, "
                + "ST_AsMVTGeom(p.cell, (SELECT env FROM bounds), 4096, 64, true) AS geom FROM points p GROUP BY p.cell) "
                + "SELECT ST_AsMVT(features, :layer, 4096, 'geom') FROM features", params, byte[].class);
        return tile == null ? new byte[0] : tile;
    }

    private static Selection select(MapLayer layer, FeatureFilter filter) {
        return select(layer, filter, filter == null ? null : filter.lang());
    }

    /**
     * The layer's public rows, filtered; with {@code lang}, each feature's translation of its description into it joined
     * (one index lookup per feature, and only when asked: without it the collections stay at PostgreSQL's own speed).
     */
    private static Selection select(MapLayer layer, FeatureFilter filter, String lang) {
        Source source = Source.of(layer);
        MapSqlParameterSource params = new MapSqlParameterSource();
        boolean translated = lang != null && source.translationType() != null;
        String from = source.from();
        if (translated) {
            from += " LEFT JOIN content_translation tr ON tr.content_type = '" + source.translationType()
                    + "' AND tr.content_id = t.id AND tr.field = 'description' AND tr.lang = :lang";
            params.addValue("lang", lang);
        }
        StringBuilder where = new StringBuilder(source.publicRows());
        if (filter != null) {
            params.addValue("limit", filter.limit()).addValue("offset", filter.offset());
            if (filter.bbox() != null) {
                where.append(filter.bbox().crossesAntimeridian()
                        ? " AND (t.location && ST_MakeEnvelope(:west, :south, 180, :north, 4326)"
                                + " OR t.location && ST_MakeEnvelope(-180, :south, :east, :north, 4326))"
                        : " AND t.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)");
                params.addValue("west", filter.bbox().west()).addValue("south", filter.bbox().south())
                        .addValue("east", filter.bbox().east()).addValue("north", filter.bbox().north());
            }
            condition(where, params, "country", filter.country(), "t.country_code = :country");
            condition(where, params, "city", filter.city(), "lower(t.city_name) = lower(:city)");
            condition(where, params, "kind", filter.kind(), "t.kind = :kind");
            // Filters a layer has no column for do not apply to it.
            if (source.status() != null) {
                condition(where, params, "status", filter.status(), source.status() + " = :status");
            }
            if (source.updatedAt() != null && filter.updatedFrom() != null) {
                where.append(" AND ").append(source.updatedAt()).append(" >= :updatedFrom");
                params.addValue("updatedFrom", Timestamp.from(filter.updatedFrom()));
            }
            if (source.updatedAt() != null && filter.updatedTo() != null) {
                where.append(" AND ").append(source.updatedAt()).append(" <= :updatedTo");
                params.addValue("updatedTo", Timestamp.from(filter.updatedTo()));
            }
            if (source.domainMatch() != null) {
                condition(where, params, "domain", filter.domain(), source.domainMatch());
            }
        }
        return new Selection(from, where.toString(), params, translated);
    }

    private static void condition(StringBuilder where, MapSqlParameterSource params, String name, String value, String sql) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(sql);
            params.addValue(name, value.strip());
        }
    }

    private static MapFeature feature(MapLayer layer, ResultSet rs) throws SQLException {
        return new MapFeature(layer, rs.getString("id"), rs.getString("name"), rs.getString("kind"), rs.getString("status"),
                rs.getString("city_name"), rs.getString("country_code"), rs.getDouble("lon"), rs.getDouble("lat"),
                rs.getString("path"));
    }

    private record Selection(String from, String where, MapSqlParameterSource params, boolean translated) {
    }

    /**
     * Where a layer's features come from.
     *
     * @param from        the table or view, aliased {@code t}, with id, name, kind, city_name, country_code, location and
     *                    location_mercator
     * @param publicRows  the condition a row meets to be shown to the public
     * @param numericIds  whether ids are numbers (then looked up as such, so the primary key serves) or text
     * @param properties  what a feature carries, in order: the one schema of GeoJSON, CSV and the OGC API
     * @param status      the status column, or null for a layer without one (then the status filter does not apply)
     * @param updatedAt   the last-change column, or null (then the datetime filter does not apply)
     * @param domainMatch the condition that a feature works in {@code :domain}, or null
     */
    private record Source(String from, String publicRows, boolean numericIds, List<Property> properties, String status,
            String updatedAt, String domainMatch, String translationType) {

        private static final Source SITES = new Source("site t", "t.publication = 'PUBLISHED'", true, List.of(
                new Property("name", "t.name"), new Property("reference", "t.reference"), new Property("address", "t.address"),
                new Property("kind", "t.kind"), new Property("status", "t.status"), new Property("city", "t.city_name"),
                new Property("country", "t.country_code"), new Property("floorAreaM2", "t.floor_area_m2"),
                new Property("landAreaHa", "t.land_area_ha"), new Property("formerUse", "t.former_use"),
                new Property("vacantSince", "t.vacant_since"), new Property("ownership", "t.ownership"),
                new Property("condition", "t.condition"), new Property("vacancy", "t.vacancy"),
                new Property("heritageProtected", "t.heritage_protected"), new Property("suggestedUses", "t.suggested_uses"),
                new Property("rentIndication", "t.rent_indication"), new Property("rentEurPerM2", "t.rent_eur_per_m2"),
                new Property("description", "t.description"), new Property("descriptionLang", "t.description_lang"),
                new Property("source", "t.source"), new Property("keptUpBy", "t.responsible_organisation"),
                new Property("publicContact", "t.public_contact"), new Property("firstAdded", PublishedDates.firstAdded("t")),
                new Property("lastUpdated", PublishedDates.lastUpdated("t")), new Property("updated", "t.updated_at"),
                new Property("path", "'/sites/' || t.id")),
                "t.status", "t.updated_at", null, "site");
        private static final Source ACTORS = new Source("creative_actor t", "TRUE", true, List.of(
                new Property("name", "t.name"), new Property("kind", "t.kind"), new Property("city", "t.city_name"),
                new Property("country", "t.country_code"), new Property("domains", "(SELECT coalesce(json_agg(d.domain ORDER BY "
                        + "d.domain), '[]'::json) FROM creative_actor_domain d WHERE d.creative_actor_id = t.id)"),
                new Property("website", "t.website"), new Property("description", "t.description"),
                new Property("descriptionLang", "t.description_lang"), new Property("updated", "t.updated_at"),
                new Property("path", "'/actors/' || t.id")),
                null, null, "EXISTS (SELECT 1 FROM creative_actor_domain d WHERE d.creative_actor_id = t.id AND d.domain = :domain)",
                "actor");
        private static final Source RETAIL = new Source("retail_feature t", "TRUE", false, List.of(
                new Property("name", "t.name"), new Property("kind", "t.kind"), new Property("city", "t.city_name"),
                new Property("country", "t.country_code"), new Property("progress", "t.progress"), new Property("path", "t.path")),
                null, null, null, null);

        static Source of(MapLayer layer) {
            return switch (layer) {
                case SITES -> SITES;
                case ACTORS -> ACTORS;
                case RETAIL -> RETAIL;
            };
        }

        String statusOrNull() {
            return status == null ? "NULL" : status;
        }

        String path() {
            return properties.stream().filter(p -> p.name().equals("path")).findFirst().orElseThrow().sql();
        }

        /** With {@code translated}, the description and its language come from the joined translation where there is one. */
        String propertiesJson(boolean translated) {
            return "json_build_object(" + properties.stream().map(p -> "'" + p.name() + "', " + (translated ? p.translatedSql() : p.sql()))
                    .collect(Collectors.joining(", ")) + ")";
        }

        String featureJson(CoordinateSystem crs, boolean translated) {
            return "json_build_object('type', 'Feature', 'id', t.id, 'geometry', " + geometryJson(crs) + ", 'properties', "
                    + propertiesJson(translated) + ")";
        }

        /** The system's identifier and precision come from {@link CoordinateSystem}, never from a request. */
        private static String geometryJson(CoordinateSystem crs) {
            String location = crs.srid() == 4326 ? "t.location" : "ST_Transform(t.location, " + crs.srid() + ")";
            if (crs.northingFirst()) {
                location = "ST_FlipCoordinates(" + location + ")";
            }
            // Options 0: no "crs" member, which RFC 7946 dropped; the answer's Content-Crs header names the system.
            return "ST_AsGeoJSON(" + location + ", " + crs.decimals() + ", 0)::json";
        }
    }

    /** One property of a layer's features: its name in every export, and the SQL that gives its value. */
    private record Property(String name, String sql) {

        /** The value where the translation of the description ({@code tr}) is joined. */
        String translatedSql() {
            return switch (name) {
                case "description" -> "coalesce(tr.text, " + sql + ")";
                case "descriptionLang" -> "CASE WHEN tr.text IS NULL THEN " + sql + " ELSE tr.lang END";
                default -> sql;
            };
        }
    }

    record JsonFeatures(String json, int returned) {
    }
}
