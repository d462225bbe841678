package eu.cinema.web;

import java.util.UUID;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import eu.cinema.storage.FileStorage;

/**
 * Readiness includes the shared file storage: an instance that cannot read it must not receive
 * traffic. Looking up a file that does not exist proves the store answers without reading any file.
 */
@Component("storage")
class StorageHealth implements HealthIndicator {

    private static final UUID NO_FILE = new UUID(0, 0);

    private final FileStorage files;

    StorageHealth(FileStorage files) {
        this.files = files;
    }

    @Override
    public Health health() {
        files.find(NO_FILE);
        return Health.up().withDetail("store", files.getClass().getSimpleName()).build();
    }
}
