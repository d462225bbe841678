package eu.cinema.site.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
import eu.cinema.account.PortalUser;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.Position;
import eu.cinema.history.Revisions;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.SiteBulkWriter;
import eu.cinema.site.BrownfieldRegister;
import eu.cinema.site.SitePermissions;
import eu.cinema.site.SiteRuleException;
import eu.cinema.site.SiteRules;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Imports sites in two steps, each one pass over the uploaded file as a stream: a preview that reports every
 * problem with its row and column, and then, only for a file whose preview found none and only for the person
 * who uploaded it, one transaction that creates or updates (by reference) every site, in chunks so that its
 * progress can be shown. PostGIS transforms projected coordinates; the rows are written in bulk, with their
 * history. Memory holds a chunk of rows at a time, never the file.
 */
@Service
@EnableConfigurationProperties(ImportLimits.class)
public class SiteImportService {

    static final int CHUNK = 2000;
    static final int STALLED_MINUTES = 5;
    private static final int FINISH_ATTEMPTS = 5;
    private static final long FINISH_RETRY_MILLIS = 1000;
    private static final int MAX_COLUMN_NAME_SHOWN = 100;
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
    private final ImportUploads uploads;
    private final ImportLimits limits;
    private final SiteRules rules;
    private final ImportPlausibility plausibility;

    SiteImportService(JdbcTemplate jdbc, TransactionTemplate transactions, PartnerRepository partners,
            CountryRepository countries, SiteBulkWriter sites, Revisions revisions, Organisations organisations,
            SitePermissions permissions, @Qualifier("applicationTaskExecutor") TaskExecutor executor, ImportUploads uploads,
            ImportLimits limits, SiteRules rules, ImportPlausibility plausibility) {
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
        this.uploads = uploads;
        this.limits = limits;
        this.rules = rules;
        this.plausibility = plausibility;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return limits.maxFileSize().toBytes();
    }

    /**
     * Keeps the file for its uploader and previews it. A file with problems is deleted at once, since it can
     * never be imported; a clean one waits for {@link #start} until it expires.
     */
    public ImportPreview preview(InputStream content, long sizeBytes, String fileName, ImportFormat format,
            ImportTarget target) {
        if (sizeBytes <= 0) {
            throw new SiteRuleException("upload.error.empty", "file");
        }
        if (sizeBytes > maxFileBytes()) {
            throw new SiteRuleException("upload.error.tooLarge", "file", limits.maxFileSize().toMegabytes());
        }
        String city = target.defaultCity() == null || target.defaultCity().isBlank() ? null : target.defaultCity().strip();
        if (city != null) {
            // Only a length can be wrong with a town that is not blank.
            rules.check("cityName", city).stream().findFirst().ifPresent(breach -> {
                throw new SiteRuleException("import.error.tooLong", "defaultCity", BrownfieldRegister.CITY, breach.limit("max"));
            });
        }
        // An unknown country is kept as none, and the preview says so.
        String country = ImportPlausibility.FROM_POSITION.equals(target.countryCode())
                || target.countryCode() != null && countries.existsById(target.countryCode()) ? target.countryCode() : null;
        ImportTarget settled = new ImportTarget(country, city, owner(target), target.language());
        ImportUploads.Upload upload = uploads.keep(CurrentUser.require().getAccountId(), format, fileName, settled, content,
                sizeBytes);
        List<ImportRow> shown = new ArrayList<>();
        long[] updates = {0};
        Pass pass = pass(upload, false, chunk -> {
            chunk.stream().limit(ImportPreview.MAX_ROWS_SHOWN - shown.size()).forEach(shown::add);
            updates[0] += sites.countExisting(settled.ownerPartnerId(), chunk.stream().map(ImportRow::reference).toList());
        });
        ImportPreview preview = new ImportPreview(upload.id(), upload.fileName(), pass.rows, shown,
                pass.problems.stream().sorted(Comparator.comparingInt(ImportProblem::row)).toList(), pass.problemCount,
                pass.ignored.stream().limit(ImportPreview.MAX_IGNORED_SHOWN).toList(), pass.ignored.size(), updates[0]);
        if (preview.importable()) {
            uploads.markImportable(upload.id(), preview.rowCount());
        } else {
            uploads.delete(upload.id());
        }
        return preview;
    }

    /** Starts the import of a file that its uploader previewed without problems; returns the job to follow. */
    public String start(UUID uploadId) {
        PortalUser user = CurrentUser.require();
        // Someone else's upload is as unknown as a made-up one.
        ImportUploads.Upload upload = uploads.find(uploadId).filter(u -> u.accountId() == user.getAccountId())
                .orElseThrow(() -> new NotFoundException("import file", uploadId));
        if (upload.rowsToImport() == null) {
            throw new SiteRuleException("import.error.notImportable", null);
        }
        if (owner(upload.target()) != upload.target().ownerPartnerId()) {
            throw new SiteRuleException("site.error.ownerRequired", "ownerPartnerId");
        }
        UUID id = UUID.randomUUID();
        // Imports are rare: forgetting last week's here needs no job of its own.
        jdbc.update("DELETE FROM site_import_job WHERE started_at < now() - interval '7 days'");
        jdbc.update("INSERT INTO site_import_job (id, account_id, state, total) VALUES (?, ?, 'RUNNING', ?)",
                id, user.getAccountId(), upload.rowsToImport());
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, upload, user.getUsername())));
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

    /** The signed-in person's imports of the last seven days, newest first, for their start page. */
    public List<ImportProgress> recentImports() {
        return jdbc.query("""
                SELECT id, total, processed, created,
                       CASE WHEN state = 'RUNNING' AND updated_at < now() - make_interval(mins => ?) THEN 'FAILED'
                            ELSE state END AS state
                FROM site_import_job WHERE account_id = ? ORDER BY started_at DESC""", (row, n) -> ImportProgress.of(
                row.getString("id"), row.getString("state"), row.getInt("processed"), row.getInt("total"), row.getInt("created")),
                STALLED_MINUTES, CurrentUser.require().getAccountId());
    }

    /** Deletes the uploads nobody confirmed in time; one instance at a time. */
    @SchedulerLock(name = "site-import-uploads", lockAtLeastFor = "PT30S")
    public void deleteExpiredUploads() {
        uploads.expire(Instant.now());
    }

    private void run(UUID job, ImportUploads.Upload upload, String actor) {
        ImportTarget target = upload.target();
        try {
            transactions.executeWithoutResult(status -> {
                SiteBulkWriter.Batch batch = new SiteBulkWriter.Batch(target.ownerPartnerId(), target.language(), "Import: " + upload.fileName(), revisions.open(actor));
                pass(upload, true, chunk -> {
                    int created = sites.upsert(batch, chunk.stream().map(ImportRow::toBulkSite).toList());
                    progressWrites.executeWithoutResult(progress -> jdbc.update("UPDATE site_import_job SET processed = "
                            + "processed + ?, created = created + ?, updated_at = now() WHERE id = ?", chunk.size(), created, job));
                });
            });
            finish(job, "DONE");
        } catch (RuntimeException failure) {
            log.warn("Import {} failed and saved nothing", job, failure);
            finish(job, "FAILED");
        } finally {
            uploads.delete(upload.id());
        }
    }

    /**
     * Records how the import ended. A few tries: when the import failed because its connection was cut, the first
     * write may meet the same fate, and the person would otherwise see it running until it counts as stalled.
     */
    private void finish(UUID job, String state) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.update("UPDATE site_import_job SET state = ?, updated_at = now() WHERE id = ?", state, job);
                return;
            } catch (DataAccessException unreachable) {
                if (attempt == FINISH_ATTEMPTS) {
                    log.warn("Import {} ended {} but could not record it; it shows as failed once stalled", job, state, unreachable);
                    return;
                }
                try {
                    Thread.sleep(FINISH_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Reads the whole upload once, handing each chunk of rows, in WGS 84, to {@code chunks}; in an import
     * ({@code failOnProblem}) any problem ends the pass, and with it the transaction.
     */
    private Pass pass(ImportUploads.Upload upload, boolean failOnProblem, Consumer<List<ImportRow>> chunks) {
        String country = upload.target().countryCode();
        Pass pass = new Pass(failOnProblem, country, chunks);
        if (!ImportPlausibility.FROM_POSITION.equals(country) && (country == null || !countries.existsById(country))) {
            pass.problem(ImportProblem.of(0, null, "site.error.unknownCountry"));
        }
        try (InputStream content = uploads.open(upload)) {
            SiteFileReader.of(upload.format(), limits, rules).read(content, upload.target().defaultCity(), pass);
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
        pass.flush();
        return pass;
    }

    /** Collects rows into chunks and keeps count of everything else, holding only what a preview shows. */
    private final class Pass implements RowSink {

        private final boolean failOnProblem;
        private final String country;
        private final Consumer<List<ImportRow>> chunks;
        /** The coordinate systems the file's rows name, which a misplaced row may have meant. */
        private final Set<Integer> named = new LinkedHashSet<>();
        private final Map<String, double[]> towns = plausibility.towns();
        private final List<ImportRow> chunk = new ArrayList<>(CHUNK);
        private final List<ImportProblem> problems = new ArrayList<>();
        /** Distinct ignored columns, up to the number a CSV file may have; their names shortened for showing. */
        private final Set<String> ignored = new LinkedHashSet<>();
        private int problemCount;
        private int rows;

        Pass(boolean failOnProblem, String country, Consumer<List<ImportRow>> chunks) {
            this.failOnProblem = failOnProblem;
            this.country = country;
            this.chunks = chunks;
        }

        @Override
        public void row(ImportRow row) {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        @Override
        public void problem(ImportProblem problem) {
            if (failOnProblem) {
                throw new SiteRuleException("import.error.notImportable", null);
            }
            problemCount++;
            if (problems.size() < ImportPreview.MAX_PROBLEMS_SHOWN) {
                problems.add(problem);
            }
        }

        @Override
        public void ignoredColumn(String name) {
            if (ignored.size() < limits.maxColumns()) {
                ignored.add(name.length() > MAX_COLUMN_NAME_SHOWN ? name.substring(0, MAX_COLUMN_NAME_SHOWN) + "…" : name);
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                chunk.forEach(row -> named.add(row.srid()));
                List<ImportRow> wgs84 = toWgs84(chunk, this::problem);
                // Read, even where it lands somewhere it should not: that is a problem, not a row less.
                rows += wgs84.size();
                List<ImportRow> plausible = plausibility.check(country, chunk, wgs84, named, towns, this::problem);
                if (!plausible.isEmpty()) {
                    chunks.accept(plausible);
                }
                chunk.clear();
            }
        }
    }

    /** Transforms every row's coordinates to WGS 84 in PostGIS, one statement per coordinate system. */
    private List<ImportRow> toWgs84(List<ImportRow> rows, Consumer<ImportProblem> problems) {
        Map<Integer, List<ImportRow>> bySrid = rows.stream().collect(Collectors.groupingBy(ImportRow::srid));
        Map<Integer, double[]> transformed = new HashMap<>();
        for (Map.Entry<Integer, List<ImportRow>> group : bySrid.entrySet()) {
            int srid = group.getKey();
            Integer known = jdbc.queryForObject("SELECT count(*) FROM spatial_ref_sys WHERE srid = ?", Integer.class, srid);
            if (known == null || known == 0) {
                group.getValue().forEach(row -> problems.accept(ImportProblem.of(row.row(), "CoordinateReferenceSystem",
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
                    members.forEach(row -> problems.accept(ImportProblem.of(row.row(), "GeoX", "import.error.transform")));
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
                problems.accept(ImportProblem.of(row.row(), "GeoX", "import.error.transform"));
                continue;
            }
            wgs84.add(row.inWgs84(position[0], position[1]));
        }
        return wgs84;
    }

    private long owner(ImportTarget target) {
        return organisations.ownerIdFor(target.ownerPartnerId()).filter(partners::existsById)
                .orElseThrow(() -> new SiteRuleException("site.error.ownerRequired", "ownerPartnerId"));
    }

    private static Array array(Connection connection, String type, List<ImportRow> rows,
            Function<ImportRow, Object> value) throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(value).toArray());
    }
}
