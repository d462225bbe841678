package eu.cinema.site.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Geometries;
import eu.cinema.common.Position;
import eu.cinema.history.Revisions;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.SiteBulkWriter;
import eu.cinema.site.SitePermissions;
import eu.cinema.site.SiteRuleException;

/**
 * Imports sites in two steps: a preview that reads the whole file and reports every problem with
 * its row and column, and then, only for a file without problems, one transaction that creates or
 * updates (by reference) every site, in chunks so that its progress can be shown. PostGIS
 * transforms projected coordinates; the rows are written in bulk, with their history.
 */
@Service
public class SiteImportService {

    static final int CHUNK = 2000;
    static final int STALLED_MINUTES = 5;
    private static final Logger log = LoggerFactory.getLogger(SiteImportService.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate progressWrites;
    private final PartnerRepository partners;
    private final CountryRepository countries;
    private final SiteBulkWriter sites;
    private final Revisions revisions;
    private final Organisations organisations;
    private final SitePermissions permissions;
    private final TaskExecutor executor;

    SiteImportService(JdbcTemplate jdbc, TransactionTemplate transactions, PartnerRepository partners,
            CountryRepository countries, SiteBulkWriter sites, Revisions revisions, Organisations organisations,
            SitePermissions permissions, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        // Progress is committed beside the import's one transaction, so that every instance sees it at once.
        this.progressWrites = new TransactionTemplate(transactions.getTransactionManager());
        this.progressWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.partners = partners;
        this.countries = countries;
        this.sites = sites;
        this.revisions = revisions;
        this.organisations = organisations;
        this.permissions = permissions;
        this.executor = executor;
    }

    public ImportPreview preview(byte[] content, ImportFormat format, ImportTarget target) {
        long owner = owner(target);
        List<ImportProblem> problems = new ArrayList<>();
        if (target.countryCode() == null || !countries.existsById(target.countryCode())) {
            problems.add(ImportProblem.of(0, null, "site.error.unknownCountry"));
        }
        BrownfieldCsvReader.ParsedFile parsed = format == ImportFormat.GEOJSON
                ? GeoJsonSitesReader.read(content, target.defaultCity())
                : BrownfieldCsvReader.read(content, target.defaultCity());
        problems.addAll(parsed.problems());
        List<ImportRow> rows = toWgs84(parsed.rows(), problems);
        problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new ImportPreview(rows, problems, parsed.ignoredColumns(),
                sites.countExisting(owner, rows.stream().map(ImportRow::reference).toList()));
    }

    /** Starts the import of a file that previews without problems; returns the job to follow. */
    public String start(byte[] content, ImportFormat format, ImportTarget target, String fileName) {
        ImportPreview preview = preview(content, format, target);
        if (!preview.importable()) {
            throw new SiteRuleException("import.error.notImportable", null);
        }
        long owner = owner(target);
        PortalUser user = CurrentUser.require();
        UUID id = UUID.randomUUID();
        // Imports are rare: forgetting last week's here needs no job of its own.
        jdbc.update("DELETE FROM site_import_job WHERE started_at < now() - interval '7 days'");
        jdbc.update("INSERT INTO site_import_job (id, account_id, state, total) VALUES (?, ?, 'RUNNING', ?)",
                id, user.getAccountId(), preview.rows().size());
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, preview.rows(), owner, target,
                "Import: " + (fileName == null ? "file" : fileName), user.getUsername())));
        return id.toString();
    }

    /**
     * An import's progress, for the person who started it, from whichever instance runs it. An import
     * that has not moved for {@value #STALLED_MINUTES} minutes died with its instance and saved nothing.
     */
    public Optional<ImportProgress> progress(String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException notAJob) {
            return Optional.empty();
        }
        return jdbc.query("""
                SELECT account_id, total, processed, created,
                       CASE WHEN state = 'RUNNING' AND updated_at < now() - make_interval(mins => ?) THEN 'FAILED'
                            ELSE state END AS state
                FROM site_import_job WHERE id = ?""", (row, n) -> {
            permissions.requireStartedImport(row.getLong("account_id"));
            return ImportProgress.of(id, row.getString("state"), row.getInt("processed"), row.getInt("total"),
                    row.getInt("created"));
        }, STALLED_MINUTES, jobId).stream().findFirst();
    }

    private void run(UUID job, List<ImportRow> rows, long owner, ImportTarget target, String source, String actor) {
        try {
            transactions.executeWithoutResult(status -> {
                SiteBulkWriter.Batch batch = new SiteBulkWriter.Batch(owner, target.countryCode(), target.language(), source,
                        revisions.open(actor));
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                    int created = sites.upsert(batch, chunk.stream().map(ImportRow::toBulkSite).toList());
                    progressWrites.executeWithoutResult(progress -> jdbc.update("UPDATE site_import_job SET processed = "
                            + "processed + ?, created = created + ?, updated_at = now() WHERE id = ?", chunk.size(), created, job));
                }
            });
            finish(job, "DONE");
        } catch (RuntimeException failure) {
            log.warn("Import {} failed and saved nothing", job, failure);
            finish(job, "FAILED");
        }
    }

    private void finish(UUID job, String state) {
        jdbc.update("UPDATE site_import_job SET state = ?, updated_at = now() WHERE id = ?", state, job);
    }

    /** Transforms every row's coordinates to WGS 84 in PostGIS, one statement per coordinate system. */
    private List<ImportRow> toWgs84(List<ImportRow> rows, List<ImportProblem> problems) {
        Map<Integer, List<ImportRow>> bySrid = rows.stream().collect(Collectors.groupingBy(ImportRow::srid));
        Map<Integer, double[]> transformed = new HashMap<>();
        for (Map.Entry<Integer, List<ImportRow>> group : bySrid.entrySet()) {
            int srid = group.getKey();
            Integer known = jdbc.queryForObject("SELECT count(*) FROM spatial_ref_sys WHERE srid = ?", Integer.class, srid);
            if (known == null || known == 0) {
                group.getValue().forEach(row -> problems.add(ImportProblem.of(row.row(), "CoordinateReferenceSystem",
                        "import.error.unknownSrid", srid)));
                continue;
            }
            List<ImportRow> members = group.getValue();
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement transform = connection.prepareStatement("""
                        SELECT u.i, ST_X(t.g), ST_Y(t.g)
                        FROM unnest(?::int[], ?::float8[], ?::float8[]) AS u(i, x, y)
                        CROSS JOIN LATERAL (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(u.x, u.y), ?), 4326) AS g) t""")) {
                    transform.setArray(1, array(connection, "int4", members, ImportRow::row));
                    transform.setArray(2, array(connection, "float8", members, ImportRow::x));
                    transform.setArray(3, array(connection, "float8", members, ImportRow::y));
                    transform.setInt(4, srid);
                    try (ResultSet result = transform.executeQuery()) {
                        while (result.next()) {
                            transformed.put(result.getInt(1), new double[] {result.getDouble(2), result.getDouble(3)});
                        }
                    }
                } catch (SQLException outOfDomain) {
                    members.forEach(row -> problems.add(ImportProblem.of(row.row(), "GeoX", "import.error.transform")));
                }
                return null;
            });
        }
        List<ImportRow> wgs84 = new ArrayList<>();
        for (ImportRow row : rows) {
            double[] position = transformed.get(row.row());
            if (position == null) {
                continue;
            }
            if (!new Position(position[0], position[1]).isValid()) {
                problems.add(ImportProblem.of(row.row(), "GeoX", "import.error.transform"));
                continue;
            }
            wgs84.add(new ImportRow(row.row(), row.reference(), row.name(), row.cityName(), position[0], position[1],
                    Geometries.WGS84, row.boundaryWkt(), row.landAreaHa(), row.ownership(), row.description()));
        }
        return wgs84;
    }

    private long owner(ImportTarget target) {
        return organisations.ownerIdFor(target.ownerPartnerId()).filter(partners::existsById)
                .orElseThrow(() -> new SiteRuleException("site.error.ownerRequired", "ownerPartnerId"));
    }

    private static Array array(Connection connection, String type, List<ImportRow> rows,
            java.util.function.Function<ImportRow, Object> value) throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(value).toArray());
    }
}
