package eu.cinema.storage;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DatabaseFileStorage implements FileStorage {

    private static final int MAX_NAME_LENGTH = 200;

    private final StoredFileRepository files;

    DatabaseFileStorage(StoredFileRepository files) {
        this.files = files;
    }

    @Override
    @Transactional
    public StoredFile store(String field, String originalName, byte[] content, Set<FileKind> accepted, long maxBytes) {
        requireSize(field, content, maxBytes);
        FileKind kind = FileKind.sniff(content).filter(accepted::contains)
                .orElseThrow(() -> new UploadRejectedException("upload.error.wrongKind", field, accepted.stream()
                        .sorted().map(k -> k.extension().toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        return files.save(new StoredFile(safeName(originalName, kind), kind.contentType(), content));
    }

    @Override
    public Optional<StoredFile> find(UUID id) {
        return files.findById(id);
    }

    private static void requireSize(String field, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new UploadRejectedException("upload.error.empty", field);
        }
        if (content.length > maxBytes) {
            throw new UploadRejectedException("upload.error.tooLarge", field, maxBytes / (1024 * 1024));
        }
    }

    /** Keeps letters, digits, dots and dashes, and puts the extension the content proved. */
    private static String safeName(String originalName, FileKind kind) {
        String base = originalName == null ? "" : originalName.replaceAll("\\.[^.]*$", "");
        base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        return base.substring(0, Math.min(base.length(), MAX_NAME_LENGTH)) + "." + kind.extension();
    }
}
