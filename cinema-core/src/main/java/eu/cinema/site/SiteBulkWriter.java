package eu.cinema.site;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only code that writes sites in bulk: an upsert by (owner, reference) in one statement per batch, and the
 * history rows of what it wrote, since Hibernate Envers sees none of it. The history insert names its columns;
 * {@code AuditInsertColumnsTests} compares them with the catalog, so a migration that adds a column to
 * {@code site_aud} without adding it here fails the build.
 */
@Component
public class SiteBulkWriter {

    static final String HISTORY_INSERT = """
            INSERT INTO site_aud (id, rev, revtype, reference, name, address, city_name, country_code, location,
                                  boundary, floor_area_m2, land_area_ha, kind, former_use, vacant_since, ownership,
                                  condition, vacancy, status, heritage_protected, suggested_uses, rent_indication,
                                  rent_eur_per_m2, description, description_lang, source, responsible_organisation,
                                  public_contact, publication, rejection_reason, owner_partner_id, demo, first_added_on,
                                  last_updated_on)
            SELECT id, ?, CASE WHEN id = ANY(?) THEN 0 ELSE 1 END, reference, name, address, city_name,
                   country_code, location, boundary, floor_area_m2, land_area_ha, kind, former_use, vacant_since,
                   ownership, condition, vacancy, status, heritage_protected, suggested_uses, rent_indication,
                   rent_eur_per_m2, description, description_lang, source, responsible_organisation, public_contact,
                   publication, rejection_reason, owner_partner_id, demo, first_added_on, last_updated_on
            FROM site WHERE id = ANY(?)""";

    /**
     * Positions closer than this (in degrees, about 10 cm) are the same place: a file that rounds coordinates to six
     * decimals, as GeoJSON is advised to, moves nothing.
     */
    private static final double SAME_PLACE = 1e-6;

    /**
     * An update leaves alone what the file does not give (boundary, land area, description, dates), keeps an address
     * that someone wrote apart from the name, and happens only when it changes something: an unchanged row keeps its
     * last-change time and gets no history row (it is not returned).
     */
    private static final String UPSERT = """
            INSERT INTO site (reference, name, address, city_name, country_code, location, boundary, land_area_ha,
                              kind, ownership, status, description, description_lang, source, publication,
                              owner_partner_id, responsible_organisation, first_added_on, last_updated_on)
            SELECT u.reference, u.name, u.name, u.city_name, u.country_code, ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326),
                   CASE WHEN u.boundary IS NULL THEN NULL ELSE ST_Multi(ST_GeomFromText(u.boundary, 4326)) END,
                   u.hectares, 'BROWNFIELD_LAND', u.ownership, 'VACANT', u.description,
                   CASE WHEN u.description IS NULL THEN NULL ELSE ? END, ?, 'PUBLISHED', ?, p.name_en, u.first_added,
                   u.last_updated
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[], ?::numeric[],
                        ?::text[], ?::text[], ?::date[], ?::date[])
                 AS u(reference, name, city_name, country_code, lon, lat, boundary, hectares, ownership, description,
                      first_added, last_updated)
            JOIN partner p ON p.id = ?
            ON CONFLICT (owner_partner_id, reference) DO UPDATE SET
                name = EXCLUDED.name,
                address = CASE WHEN site.address IS NULL OR site.address = site.name THEN EXCLUDED.address
                               ELSE site.address END,
                city_name = EXCLUDED.city_name, country_code = EXCLUDED.country_code,
                location = CASE WHEN ST_DWithin(site.location, EXCLUDED.location, %1$s) THEN site.location
                                ELSE EXCLUDED.location END,
                boundary = coalesce(EXCLUDED.boundary, site.boundary),
                land_area_ha = coalesce(EXCLUDED.land_area_ha, site.land_area_ha), ownership = EXCLUDED.ownership,
                description = coalesce(EXCLUDED.description, site.description),
                description_lang = CASE WHEN EXCLUDED.description IS NULL OR EXCLUDED.description = site.description
                                        THEN site.description_lang ELSE EXCLUDED.description_lang END,
                first_added_on = CASE WHEN EXCLUDED.first_added_on IS NULL OR EXCLUDED.first_added_on = %2$s
                                      THEN site.first_added_on ELSE EXCLUDED.first_added_on END,
                last_updated_on = CASE WHEN EXCLUDED.last_updated_on IS NULL OR EXCLUDED.last_updated_on = %3$s
                                       THEN site.last_updated_on ELSE EXCLUDED.last_updated_on END,
                source = EXCLUDED.source, version = site.version + 1, updated_at = now()
            WHERE NOT ST_DWithin(site.location, EXCLUDED.location, %1$s)
               OR (site.name, CASE WHEN site.address IS NULL OR site.address = site.name THEN site.name
                                   ELSE site.address END,
                   site.city_name, site.country_code, site.boundary, site.land_area_ha, site.ownership,
                   site.description, %2$s, %3$s)
                  IS DISTINCT FROM
                  (EXCLUDED.name, CASE WHEN site.address IS NULL OR site.address = site.name THEN EXCLUDED.name
                                       ELSE site.address END,
                   EXCLUDED.city_name, EXCLUDED.country_code, coalesce(EXCLUDED.boundary, site.boundary),
                   coalesce(EXCLUDED.land_area_ha, site.land_area_ha), EXCLUDED.ownership,
                   coalesce(EXCLUDED.description, site.description), coalesce(EXCLUDED.first_added_on, %2$s),
                   coalesce(EXCLUDED.last_updated_on, %3$s))
            RETURNING id, (xmax = 0) AS inserted""".formatted(SAME_PLACE, PublishedDates.firstAdded("site"),
            PublishedDates.lastUpdated("site"));

    private final JdbcTemplate jdbc;

    SiteBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One site of a batch, its position in WGS 84.
     *
     * @param boundaryWkt a polygon or multipolygon in WGS 84, or null
     * @param firstAdded  the publisher's FirstAddedDate, or null
     * @param lastUpdated the publisher's LastUpdatedDate, or null
     */
    public record BulkSite(String reference, String name, String cityName, String countryCode, double longitude, double latitude,
            String boundaryWkt, BigDecimal landAreaHa, Ownership ownership, String description, LocalDate firstAdded,
            LocalDate lastUpdated) {
    }

    /**
     * Where a batch comes from and whose it is.
     *
     * @param language the language of the sites' descriptions
     * @param source   what the sites' source says, such as the file's name
     */
    public record Batch(long ownerPartnerId, String language, String source, long revision) {
    }

    /**
     * Creates or updates (by the owner's reference) the sites, published as brownfield land, and copies each that
     * changed into the history under the batch's revision; returns how many were new. Runs in the caller's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int upsert(Batch batch, List<BulkSite> sites) {
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            List<Long> ids = new ArrayList<>();
            List<Long> inserted = new ArrayList<>();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                int i = 1;
                upsert.setString(i++, batch.language());
                upsert.setString(i++, batch.source());
                upsert.setLong(i++, batch.ownerPartnerId());
                upsert.setArray(i++, array(connection, "text", sites, BulkSite::reference));
                upsert.setArray(i++, array(connection, "text", sites, BulkSite::name));
                upsert.setArray(i++, array(connection, "text", sites, BulkSite::cityName));
                upsert.setArray(i++, array(connection, "text", sites, BulkSite::countryCode));
                upsert.setArray(i++, array(connection, "float8", sites, BulkSite::longitude));
                upsert.setArray(i++, array(connection, "float8", sites, BulkSite::latitude));
                upsert.setArray(i++, array(connection, "text", sites, BulkSite::boundaryWkt));
                upsert.setArray(i++, array(connection, "numeric", sites, BulkSite::landAreaHa));
                upsert.setArray(i++, array(connection, "text", sites, site -> site.ownership().name()));
                upsert.setArray(i++, array(connection, "text", sites, BulkSite::description));
                upsert.setArray(i++, array(connection, "date", sites, site -> date(site.firstAdded())));
                upsert.setArray(i++, array(connection, "date", sites, site -> date(site.lastUpdated())));
                upsert.setLong(i, batch.ownerPartnerId());
                try (ResultSet result = upsert.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getLong(1));
                        if (result.getBoolean(2)) {
                            inserted.add(result.getLong(1));
                        }
                    }
                }
            }
            try (PreparedStatement history = connection.prepareStatement(HISTORY_INSERT)) {
                history.setLong(1, batch.revision());
                history.setArray(2, connection.createArrayOf("bigint", inserted.toArray()));
                history.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
                history.executeUpdate();
            }
            return inserted.size();
        });
    }

    /** How many of the references the owner already has a site for: those the upsert would update. */
    public long countExisting(long ownerPartnerId, List<String> references) {
        if (references.isEmpty()) {
            return 0;
        }
        return jdbc.execute((ConnectionCallback<Long>) connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM site WHERE owner_partner_id = ? AND reference = ANY(?)")) {
                count.setLong(1, ownerPartnerId);
                count.setArray(2, connection.createArrayOf("text", references.toArray()));
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    private static java.sql.Date date(LocalDate day) {
        return day == null ? null : java.sql.Date.valueOf(day);
    }

    private static Array array(Connection connection, String type, List<BulkSite> sites, Function<BulkSite, Object> value)
            throws SQLException {
        return connection.createArrayOf(type, sites.stream().map(value).toArray());
    }
}
