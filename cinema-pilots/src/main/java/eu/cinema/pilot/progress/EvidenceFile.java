package eu.cinema.pilot.progress;

/** An evidence file of an update as lists show it: its name, type and size, without its content. */
public record EvidenceFile(long updateId, int index, String filename, String contentType, long sizeBytes) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
