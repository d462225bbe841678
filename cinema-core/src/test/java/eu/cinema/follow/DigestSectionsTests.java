package eu.cinema.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.cinema.follow.FollowTarget.Kind;

/** How a follower's digest is cut from the run's changes: where each change goes, what is listed, what is counted. */
class DigestSectionsTests {

    private static final Instant LAST_DIGEST = Instant.parse("2026-12-01T07:00:00Z");
    private static final FollowTarget PLAN = FollowTarget.of(Kind.PLAN, 3);
    private static final FollowTarget KAMNIK = FollowTarget.of(Kind.CITY, 2);
    private static final FollowTarget SITES = new FollowTarget(Kind.LAYER, "sites");

    @Test
    void aChangeShowsOnceUnderTheMostParticularThingFollowed() {
        FollowedChange published = change(1, "Kamnik plan", PLAN, KAMNIK, new FollowTarget(Kind.LAYER, "retail"));
        FollowedChange site = change(2, "Old shop", FollowTarget.of(Kind.SITE, 9), KAMNIK, SITES);

        List<Digest.Section> sections = FollowDigests.sections(List.of(KAMNIK, PLAN), List.of(published, site), LAST_DIGEST,
                DigestSectionsTests::everythingPublic);

        assertThat(sections).extracting(section -> section.followed().target()).containsExactly(PLAN, KAMNIK);
        assertThat(sections.get(0).changes()).containsExactly(published);
        assertThat(sections.get(1).changes()).as("the plan's change is not told twice").containsExactly(site);
    }

    @Test
    void aSectionListsTwentyChangesAndCountsTheRestOfABulkImport() {
        List<FollowedChange> imported = IntStream.rangeClosed(1, 25)
                .mapToObj(minute -> change(minute, "Site " + minute, FollowTarget.of(Kind.SITE, minute), SITES)).toList();

        List<Digest.Section> sections = FollowDigests.sections(List.of(SITES), imported, LAST_DIGEST, DigestSectionsTests::everythingPublic);

        assertThat(sections).singleElement().satisfies(section -> {
            assertThat(section.changes()).hasSize(FollowDigests.CHANGES_PER_SECTION).first().isEqualTo(imported.get(0));
            assertThat(section.more()).isEqualTo(5);
        });
        assertThat(new Digest(1, "a@example.org", "en", "key", Frequency.DAILY, LAST_DIGEST, Instant.now(), sections).changes())
                .isEqualTo(25);
    }

    @Test
    void changesBeforeTheLastDigestAndThingsNoLongerPublicAreLeftOut() {
        FollowedChange old = new FollowedChange(LAST_DIGEST, "Sent already", description(), "/plans/3", Set.of(PLAN));
        FollowedChange gone = change(3, "Unpublished site", FollowTarget.of(Kind.SITE, 7));

        List<Digest.Section> sections = FollowDigests.sections(List.of(PLAN, FollowTarget.of(Kind.SITE, 7)), List.of(old, gone),
                LAST_DIGEST, target -> target.kind() == Kind.SITE ? Optional.empty() : everythingPublic(target));

        assertThat(sections).isEmpty();
    }

    private static FollowedChange change(int minutesAfter, String subject, FollowTarget... concerns) {
        return new FollowedChange(LAST_DIGEST.plusSeconds(60L * minutesAfter), subject, description(), "/somewhere", Set.of(concerns));
    }

    private static DefaultMessageSourceResolvable description() {
        return new DefaultMessageSourceResolvable("follow.change.siteStatus");
    }

    private static Optional<Followable> everythingPublic(FollowTarget target) {
        return Optional.of(new Followable(target, target.toString(), null, "/" + target.kind()));
    }
}
