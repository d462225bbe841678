package eu.cinema.follow;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.AdministratorsOnly;
import eu.cinema.mail.Mailer;

/**
 * Builds the digests that are due: a daily follower's a day after their last, a weekly one's a week after. The changes
 * are read once per run from the features ({@link FollowedContent}), for the longest window due, and shared out. A
 * digest that could not leave keeps its follower's window open, so the next run sends those changes with the new ones;
 * changes older than {@link #LONGEST_WINDOW} are not sent any more.
 */
@Service
public class FollowDigests {

    /** A digest lists this many changes per followed thing, then counts the rest. */
    public static final int CHANGES_PER_SECTION = 20;
    static final Duration LONGEST_WINDOW = Duration.ofDays(35);
    /** A run that starts a little earlier than the last one did still finds the digest due. */
    private static final Duration EARLY = Duration.ofHours(1);
    /** The followers whose digest is due: they follow something, and their period has passed. */
    private static final String DUE = """
             WHERE EXISTS (SELECT 1 FROM follow_subscription c WHERE c.follower_id = f.id AND c.confirmed_at IS NOT NULL)
               AND f.digested_until <= CASE f.frequency WHEN 'WEEKLY' THEN CAST(:weekly AS timestamptz) ELSE CAST(:daily AS timestamptz) END""";

    private final List<FollowedContent> contents;
    private final FollowService follows;
    private final JdbcClient jdbc;

    FollowDigests(List<FollowedContent> contents, FollowService follows, JdbcClient jdbc) {
        this.contents = contents;
        this.follows = follows;
        this.jdbc = jdbc;
    }

    /** The digests due at {@code now}, empty ones included (they only move their window on). */
    @Transactional(readOnly = true)
    public List<Digest> due(Instant now) {
        record Due(long id, String email, String language, String manageToken, Frequency frequency, Instant after) {
        }
        List<Due> followers = jdbc.sql("SELECT f.id, f.email, f.language, f.manage_token, f.frequency, f.digested_until FROM follower f "
                        + DUE + " ORDER BY f.id")
                .params(cutoffs(now))
                .query((row, n) -> new Due(row.getLong("id"), row.getString("email"), row.getString("language"),
                        row.getString("manage_token"), Frequency.valueOf(row.getString("frequency")),
                        later(row.getTimestamp("digested_until").toInstant(), now.minus(LONGEST_WINDOW))))
                .list();
        if (followers.isEmpty()) {
            return List.of();
        }
        Instant earliest = followers.stream().map(Due::after).min(Comparator.naturalOrder()).orElseThrow();
        List<FollowedChange> changes = contents.stream().flatMap(content -> content.changes(earliest, now).stream())
                .sorted(Comparator.comparing(FollowedChange::at)).toList();
        Map<Long, List<FollowTarget>> followed = followedTargets(now);
        Map<FollowTarget, Optional<Followable>> known = new LinkedHashMap<>();
        return followers.stream().map(follower -> new Digest(follower.id(), follower.email(), follower.language(),
                follower.manageToken(), follower.frequency(), follower.after(), now,
                sections(followed.getOrDefault(follower.id(), List.of()), changes, follower.after(),
                        target -> known.computeIfAbsent(target, follows::lookup)))).toList();
    }

    /**
     * The digests that wait because the last try to send them failed (no mail server, or the server refused): for how
     * many addresses, and since when their changes wait. Empty when none waits.
     */
    @AdministratorsOnly
    @Transactional(readOnly = true)
    public Optional<WaitingDigests> waiting() {
        return jdbc.sql("""
                SELECT count(*) AS followers, min(f.digested_until) AS since FROM follower f
                WHERE EXISTS (SELECT 1 FROM follow_digest d WHERE d.follower_id = f.id AND d.created_at > f.digested_until
                              AND d.delivery <> 'SENT')""")
                .query((row, n) -> new WaitingDigests(row.getInt("followers"),
                        row.getTimestamp("since") == null ? null : row.getTimestamp("since").toInstant()))
                .optional().filter(waiting -> waiting.followers() > 0);
    }

    /** Digests that could not leave: for how many addresses, with changes since when. */
    public record WaitingDigests(int followers, Instant since) {
    }

    /** Records what became of the digest; when it left, the follower's next digest starts where this one ended. */
    @Transactional
    public void record(Digest digest, Mailer.Delivery delivery) {
        jdbc.sql("INSERT INTO follow_digest (follower_id, changes, delivery) VALUES (:follower, :changes, :delivery)")
                .param("follower", digest.followerId()).param("changes", digest.changes()).param("delivery", delivery.name()).update();
        if (delivery == Mailer.Delivery.SENT) {
            moveOn(digest);
        }
    }

    /** A digest with nothing in it is not sent: the follower's next one starts where it would have ended. */
    @Transactional
    public void moveOn(Digest digest) {
        jdbc.sql("UPDATE follower SET digested_until = :until WHERE id = :id")
                .param("until", Timestamp.from(digest.until())).param("id", digest.followerId()).update();
    }

    /**
     * Each followed thing with its first changes in the follower's window and the count of the rest; a change goes to
     * the first (most particular) thing. A thing no longer public (a site taken off the map) is left out. Only the
     * listed changes are held per follower, so a digest's size does not grow with a bulk import.
     */
    static List<Digest.Section> sections(List<FollowTarget> targets, List<FollowedChange> changes, Instant after,
            Function<FollowTarget, Optional<Followable>> lookup) {
        Set<FollowTarget> followed = Set.copyOf(targets);
        Map<FollowTarget, List<FollowedChange>> listed = new LinkedHashMap<>();
        Map<FollowTarget, Integer> more = new HashMap<>();
        for (FollowedChange change : changes) {
            if (change.at().isAfter(after)) {
                change.concerns().stream().filter(followed::contains).min(Comparator.comparing(FollowTarget::kind)).ifPresent(target -> {
                    List<FollowedChange> first = listed.computeIfAbsent(target, t -> new ArrayList<>());
                    if (first.size() < CHANGES_PER_SECTION) {
                        first.add(change);
                    } else {
                        more.merge(target, 1, Integer::sum);
                    }
                });
            }
        }
        return listed.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(FollowTarget::kind)))
                .flatMap(entry -> lookup.apply(entry.getKey()).stream()
                        .map(followable -> new Digest.Section(followable, entry.getValue(), more.getOrDefault(entry.getKey(), 0))))
                .toList();
    }

    /** The confirmed subscriptions of the followers due, by follower. */
    private Map<Long, List<FollowTarget>> followedTargets(Instant now) {
        return jdbc.sql("SELECT s.follower_id, s.target_kind, s.target_key FROM follow_subscription s JOIN follower f ON f.id = s.follower_id "
                        + DUE + " AND s.confirmed_at IS NOT NULL")
                .params(cutoffs(now))
                .query((row, n) -> Map.entry(row.getLong("follower_id"),
                        new FollowTarget(FollowTarget.Kind.valueOf(row.getString("target_kind")), row.getString("target_key"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Map<String, Object> cutoffs(Instant now) {
        return Map.of("daily", Timestamp.from(now.minus(Frequency.DAILY.period()).plus(EARLY)),
                "weekly", Timestamp.from(now.minus(Frequency.WEEKLY.period()).plus(EARLY)));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
