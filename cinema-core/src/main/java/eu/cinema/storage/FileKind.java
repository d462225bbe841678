package eu.cinema.storage;

import java.util.Arrays;
import java.util.Optional;

/** The file types the portal accepts, each recognised by its first bytes, never by its name. */
public enum FileKind {
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    WEBP("image/webp", "webp", new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'}),
    PDF("application/pdf", "pdf", new int[] {'%', 'P', 'D', 'F', '-'});

    private final String contentType;
    private final String extension;
    private final int[] signature;

    FileKind(String contentType, String extension, int[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The kind whose signature the bytes start with; -1 in a signature matches any byte. */
    public static Optional<FileKind> sniff(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] != -1 && (content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
