package eu.cinema.site.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PersonalDataHolder;
import eu.cinema.privacy.SqlPersonalData;

/**
 * The files uploaded for an import, kept in PostgreSQL (which every instance shares) from the preview until
 * the import finishes or the file has waited too long. Read back in slices, so that no instance ever holds a
 * whole file; written from the upload's stream, which the driver sends on without holding it either. The
 * files are the uploader's personal data while they wait: exported, erased and expired with the rest, before
 * the account itself is anonymised.
 */
@Component
@Order(0)
class ImportUploads extends SqlPersonalData {

    /** One slice read back at a time. */
    static final int SLICE_BYTES = 1024 * 1024;
    private static final int MAX_NAME_LENGTH = 200;

    private final JdbcTemplate jdbcTemplate;
    private final ImportLimits limits;

    ImportUploads(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ImportLimits limits) {
        super("siteImportUpload", jdbc, "SELECT u.file_name, u.size_bytes, u.created_at FROM site_import_upload u "
                + "JOIN account a ON a.id = u.account_id WHERE a.email = :email");
        this.jdbcTemplate = jdbcTemplate;
        this.limits = limits;
    }

    /** An upload and what its preview was asked for. {@code rowsToImport} is set once a preview found no problem. */
    record Upload(UUID id, long accountId, ImportFormat format, String fileName, ImportTarget target, long sizeBytes,
            Integer rowsToImport) {
    }

    /** Keeps a file for {@code target}, whose owner the caller has settled. */
    Upload keep(long accountId, ImportFormat format, String originalName, ImportTarget target, InputStream content,
            long sizeBytes) {
        UUID id = UUID.randomUUID();
        String name = safeName(originalName);
        jdbcTemplate.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO site_import_upload (id, account_id, format, file_name, country_code, default_city,
                        owner_partner_id, language, size_bytes, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            insert.setObject(1, id);
            insert.setLong(2, accountId);
            insert.setString(3, format.name());
            insert.setString(4, name);
            insert.setString(5, target.countryCode());
            insert.setString(6, target.defaultCity());
            insert.setLong(7, target.ownerPartnerId());
            insert.setString(8, target.language());
            insert.setLong(9, sizeBytes);
            insert.setBinaryStream(10, content, sizeBytes);
            return insert;
        });
        return new Upload(id, accountId, format, name, target, sizeBytes, null);
    }

    Optional<Upload> find(UUID id) {
        return jdbcTemplate.query("""
                SELECT id, account_id, format, file_name, country_code, default_city, owner_partner_id, language,
                       size_bytes, rows_to_import
                FROM site_import_upload WHERE id = ? AND created_at >= ?""", (row, n) -> new Upload(
                row.getObject("id", UUID.class), row.getLong("account_id"), ImportFormat.valueOf(row.getString("format")),
                row.getString("file_name"), new ImportTarget(row.getString("country_code"), row.getString("default_city"),
                        row.getLong("owner_partner_id"), row.getString("language")),
                row.getLong("size_bytes"), (Integer) row.getObject("rows_to_import")), id, oldestKept())
                .stream().findFirst();
    }

    void markImportable(UUID id, int rows) {
        jdbcTemplate.update("UPDATE site_import_upload SET rows_to_import = ? WHERE id = ?", rows, id);
    }

    /** The file's content, fetched a slice at a time as it is read. */
    InputStream open(Upload upload) {
        return new SlicedContent(upload.id(), upload.sizeBytes());
    }

    void delete(UUID id) {
        jdbcTemplate.update("DELETE FROM site_import_upload WHERE id = ?", id);
    }

    @Override
    public int erase(String email) {
        return jdbc.sql("DELETE FROM site_import_upload WHERE account_id IN (SELECT id FROM account WHERE email = :email)")
                .param("email", email).update();
    }

    @Override
    public Optional<Duration> keptFor() {
        return Optional.of(limits.uploadsKeptFor());
    }

    /** Deletes the uploads that have waited longer than they are kept; returns how many. */
    @Override
    public int expire(Instant now) {
        return jdbc.sql("DELETE FROM site_import_upload WHERE created_at < :cutoff")
                .param("cutoff", PersonalDataHolder.cutoff(now, limits.uploadsKeptFor())).update();
    }

    private Timestamp oldestKept() {
        return Timestamp.from(Instant.now().minus(limits.uploadsKeptFor()));
    }

    private static String safeName(String originalName) {
        String name = originalName == null || originalName.isBlank() ? "data"
                : originalName.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH));
    }

    private final class SlicedContent extends InputStream {

        private final UUID id;
        private final long size;
        private byte[] slice = new byte[0];
        private int inSlice;
        private long sliceStart;

        SlicedContent(UUID id, long size) {
            this.id = id;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (inSlice == slice.length && !nextSlice()) {
                return -1;
            }
            int count = Math.min(length, slice.length - inSlice);
            System.arraycopy(slice, inSlice, buffer, offset, count);
            inSlice += count;
            return count;
        }

        private boolean nextSlice() {
            long next = sliceStart + slice.length;
            if (next >= size) {
                return false;
            }
            byte[] read = jdbcTemplate.queryForObject("SELECT substring(content FROM ?::int FOR ?) FROM site_import_upload WHERE id = ?",
                    byte[].class, next + 1, SLICE_BYTES, id);
            if (read == null || read.length == 0) {
                throw new UncheckedIOException(new IOException("The upload " + id + " ended early or was deleted"));
            }
            sliceStart = next;
            slice = read;
            inSlice = 0;
            return true;
        }
    }
}
