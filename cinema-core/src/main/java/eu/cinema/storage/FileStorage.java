package eu.cinema.storage;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where uploaded files are kept. The default keeps them in PostgreSQL, which every instance of the
 * portal shares; an S3-compatible store can replace it at larger scale.
 */
public interface FileStorage {

    /** Sniffs the content, refuses what is empty, too large or not among {@code accepted}, and stores the rest. */
    StoredFile store(String field, String originalName, byte[] content, Set<FileKind> accepted, long maxBytes);

    Optional<StoredFile> find(UUID id);
}
