package eu.cinema.follow.web;

import java.time.Instant;

import org.springframework.stereotype.Component;

import eu.cinema.follow.Digest;
import eu.cinema.follow.FollowDigests;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the digests that are due, one instance at a time. Without a mail server (or when sending fails) a digest
 * waits: its changes go out with the next run's.
 */
@Component
public class DigestJob {

    private final FollowDigests digests;
    private final FollowLetters letters;

    DigestJob(FollowDigests digests, FollowLetters letters) {
        this.digests = digests;
        this.letters = letters;
    }

    @SchedulerLock(name = "follow-digests", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    public void send() {
        for (Digest digest : digests.due(Instant.now())) {
            if (digest.changes() == 0) {
                digests.moveOn(digest);
            } else {
                digests.record(digest, letters.digest(digest));
            }
        }
    }
}
