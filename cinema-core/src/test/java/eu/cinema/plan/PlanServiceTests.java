package eu.cinema.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import eu.cinema.account.AccountRole;
import eu.cinema.account.AccountService;
import eu.cinema.account.NewAccount;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.StaleEditException;
import eu.cinema.common.StateConflictException;
import eu.cinema.history.HistoryEntry;
import eu.cinema.history.HistoryEntry.FieldChange;
import eu.cinema.history.HistoryService;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.testsupport.PostgisTestConfiguration;

/** The plan workflow and its rules against real PostgreSQL: versions, ownership, stale edits, totals, the diff. */
@SpringBootTest
@Import(PostgisTestConfiguration.class)
@ActiveProfiles("test")
class PlanServiceTests {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PartnerRepository partners;

    @Autowired
    HistoryService history;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void publishingFreezesAVersionAndTheNextPublicationSupersedesIt() {
        signInAsEditorOf("Municipality of Gabrovo");
        long publishedBefore = plans.countPublished();
        ActionPlan plan = plans.create(details("Gabrovo plan"), null, null);
        PlanVersion first = plans.version(plan.getId(), 1);
        PlanAction action = plans.addAction(plan.getId(), 1, first.getVersion(), action("Open the workshops", "2024-01-01", "2024-12-31", "1000"));

        PlanVersion published = plans.publish(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion());

        assertThat(published.getState()).isEqualTo(PlanState.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(plans.countPublished()).isEqualTo(publishedBefore + 1);
        assertThatThrownBy(() -> plans.saveDraft(plan.getId(), 1, published.getVersion(), details("Changed after publication")))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> plans.actionForEditing(plan.getId(), action.getId()))
                .isInstanceOf(StateConflictException.class);

        PlanVersion draft = plans.startDraft(plan.getId());
        assertThat(draft.getNumber()).isEqualTo(2);
        assertThat(plans.startDraft(plan.getId()).getId()).as("one draft at a time").isEqualTo(draft.getId());
        assertThat(plans.version(plan.getId(), 2).getActions()).singleElement()
                .satisfies(copy -> assertThat(copy.getActionKey()).isEqualTo(action.getActionKey()));
        plans.saveDraft(plan.getId(), 2, draft.getVersion(), details("Gabrovo plan, second edition"));
        plans.publish(plan.getId(), 2, plans.version(plan.getId(), 2).getVersion());

        PlanVersion old = plans.version(plan.getId(), 1);
        assertThat(old.getState()).isEqualTo(PlanState.SUPERSEDED);
        assertThat(old.getSupersededAt()).isAfterOrEqualTo(old.getPublishedAt());
        assertThat(old.getTitle()).isEqualTo("Gabrovo plan");
        assertThat(plans.shown(plan.getId()).getTitle()).isEqualTo("Gabrovo plan, second edition");
        assertThat(plans.countPublished()).as("a plan counts once").isEqualTo(publishedBefore + 1);
        assertThat(history.historyOf(PlanVersion.class, old.getId()))
                .flatExtracting(HistoryEntry::changes)
                .contains(new HistoryEntry.FieldChange("state", PlanState.PUBLISHED, PlanState.SUPERSEDED));
    }

    @Test
    void thePublicNeverSeesADraft() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Unpublished plan"), null, null);
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> plans.shown(plan.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.version(plan.getId(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(plans.find(new PlanFilter(null, null, PlanState.PUBLISHED))).extracting(PlanVersion::getTitle)
                .doesNotContain("Unpublished plan");
        assertThat(plans.find(new PlanFilter(null, null, PlanState.DRAFT))).isEmpty();
    }

    @Test
    void anActionsRulesAreCheckedAndNothingIsHalfSaved() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Rules plan"), null, null);
        long token = plans.version(plan.getId(), 1).getVersion();

        assertThatThrownBy(() -> plans.addAction(plan.getId(), 1, token, action("Backwards", "2024-05-01", "2024-01-01", "10")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.getField()).isEqualTo("endsOn"));
        assertThatThrownBy(() -> plans.addAction(plan.getId(), 1, token, action("Negative", "2024-01-01", "2024-05-01", "-1")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.getField()).isEqualTo("budgetEur"));
        assertThatThrownBy(() -> plans.saveDraft(plan.getId(), 1, token, details(" ")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.getField()).isEqualTo("title"));
        assertThatThrownBy(() -> plans.publish(plan.getId(), 1, token))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.noActions"));

        PlanVersion unchanged = plans.version(plan.getId(), 1);
        assertThat(unchanged.getActions()).isEmpty();
        assertThat(unchanged.getTitle()).isEqualTo("Rules plan");
        assertThat(unchanged.getState()).isEqualTo(PlanState.DRAFT);
    }

    @Test
    void aStaleEditOfTheDraftIsRefusedEvenWhenSomeoneElseOnlyChangedAnAction() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Stale plan"), null, null);
        long seen = plans.version(plan.getId(), 1).getVersion();
        plans.addAction(plan.getId(), 1, seen, action("Someone else's action", "2024-01-01", "2024-02-01", null));

        assertThatThrownBy(() -> plans.saveDraft(plan.getId(), 1, seen, details("My late title")))
                .isInstanceOf(StaleEditException.class);
        assertThat(plans.version(plan.getId(), 1).getTitle()).isEqualTo("Stale plan");
    }

    @Test
    void onlyTheOwningMunicipalitysEditorsAndAdministratorsWrite() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Owned plan"), null, null);
        long token = plans.version(plan.getId(), 1).getVersion();

        signInAsEditorOf("Municipality of Kamnik");
        assertThatThrownBy(() -> plans.saveDraft(plan.getId(), 1, token, details("Taken"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.publish(plan.getId(), 1, token)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.startDraft(plan.getId())).isInstanceOf(AccessDeniedException.class);

        signIn(AccountRole.PARTNER_EDITOR, "Municipality of Gabrovo");
        assertThatThrownBy(() -> plans.saveDraft(plan.getId(), 1, token, details("Taken"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.create(details("Partner's plan"), null, null)).isInstanceOf(AccessDeniedException.class);

        signIn(AccountRole.ADMIN, null);
        assertThat(plans.saveDraft(plan.getId(), 1, token, details("Edited by the administrator")).getTitle())
                .isEqualTo("Edited by the administrator");
        assertThatThrownBy(() -> plans.create(details("Owned by a company"), partners.findByNameEn("Studio Komplekt").orElseThrow().getId(), null))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.getField()).isEqualTo("ownerPartnerId"));
    }

    @Test
    void totalsAreComputedFromTheActions() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Totals plan"), null, null);
        plans.addAction(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion(), action("A", "2024-01-01", "2024-02-01", "1000.50"));
        plans.addAction(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion(), action("B", "2024-01-01", "2024-02-01", "2000"));

        PlanVersion version = plans.version(plan.getId(), 1);

        assertThat(version.budgetBySource()).containsExactly(Map.entry(FundingSource.MUNICIPAL_BUDGET, new BigDecimal("3000.50")));
        assertThat(version.totalBudget()).isEqualByComparingTo("3000.50");
        assertThat(version.actionsByStatus()).containsExactly(Map.entry(ActionStatus.PLANNED, 2L));
    }

    @Test
    void aSecondRequestForANewDraftWaitsForTheFirstAndGetsItsDraft() throws Exception {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Two editors at once"), null, null);
        plans.addAction(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion(), action("Open", "2024-01-01", "2024-12-31", "1000"));
        plans.publish(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion());
        ExecutorService requests = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        CountDownLatch firstHasItsDraft = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            Future<Long> first = requests.submit(() -> transactions.execute(status -> {
                long draftId = plans.startDraft(plan.getId()).getId();
                firstHasItsDraft.countDown();
                awaitQuietly(firstMayCommit);
                return draftId;
            }));
            assertThat(firstHasItsDraft.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = requests.submit(() -> plans.startDraft(plan.getId()).getId());
            await().atMost(10, TimeUnit.SECONDS).until(this::someoneWaitsForALock);
            firstMayCommit.countDown();

            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
            assertThat(plans.getForEditing(plan.getId()).getVersions()).hasSize(2);
        } finally {
            firstMayCommit.countDown();
            requests.shutdownNow();
        }
    }

    @Test
    void aDiscardedDraftLeavesThePublishedVersionTheNewestAndAFirstVersionIsNeverDiscarded() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Discarded plan"), null, null);
        plans.addAction(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion(), action("Open", "2024-01-01", "2024-12-31", "1000"));
        long firstDraft = plans.version(plan.getId(), 1).getVersion();
        assertThatThrownBy(() -> plans.discardDraft(plan.getId(), 1, firstDraft)).isInstanceOf(PlanRuleException.class);
        plans.publish(plan.getId(), 1, firstDraft);
        PlanVersion draft = plans.startDraft(plan.getId());
        plans.saveDraft(plan.getId(), 2, draft.getVersion(), details("Never to be published"));

        assertThatThrownBy(() -> plans.discardDraft(plan.getId(), 2, draft.getVersion())).isInstanceOf(StaleEditException.class);
        plans.discardDraft(plan.getId(), 2, plans.version(plan.getId(), 2).getVersion());

        ActionPlan after = plans.getForEditing(plan.getId());
        assertThat(after.getVersions()).extracting(PlanVersion::getNumber).containsExactly(1);
        assertThat(after.latest().getState()).isEqualTo(PlanState.PUBLISHED);
        assertThat(plans.shown(plan.getId()).getTitle()).isEqualTo("Discarded plan");
        assertThatThrownBy(() -> plans.discardDraft(plan.getId(), 1, after.latest().getVersion()))
                .as("a published version is never discarded").isInstanceOf(StateConflictException.class);
        assertThat(plans.startDraft(plan.getId()).getNumber()).isEqualTo(2);
    }

    @Test
    void theComparisonNamesChangedSectionsAndAddedRemovedAndChangedActions() {
        signInAsEditorOf("Municipality of Gabrovo");
        ActionPlan plan = plans.create(details("Diff plan"), null, null);
        plans.addAction(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion(), action("Kept", "2024-01-01", "2024-02-01", "100"));
        PlanAction dropped = plans.addAction(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion(),
                action("Dropped later", "2024-01-01", "2024-02-01", "100"));
        plans.publish(plan.getId(), 1, plans.version(plan.getId(), 1).getVersion());
        PlanVersion draft = plans.startDraft(plan.getId());
        PlanVersion copy = plans.version(plan.getId(), 2);
        PlanAction kept = copy.getActions().stream().filter(a -> a.getTitle().equals("Kept")).findFirst().orElseThrow();
        PlanAction droppedCopy = copy.getActions().stream().filter(a -> a.getActionKey().equals(dropped.getActionKey())).findFirst().orElseThrow();
        plans.updateAction(plan.getId(), kept.getId(), draft.getVersion(), action("Kept", "2024-01-01", "2024-03-01", "100.00"));
        plans.removeAction(plan.getId(), droppedCopy.getId(), plans.version(plan.getId(), 2).getVersion());
        plans.addAction(plan.getId(), 2, plans.version(plan.getId(), 2).getVersion(), action("New", "2025-01-01", "2025-02-01", null));
        plans.saveDraft(plan.getId(), 2, plans.version(plan.getId(), 2).getVersion(),
                new PlanDetails("Diff plan", RoadmapTheme.EMPTY_FLOOR_SPACE, "en", "Summary", null, "Context", "A new vision",
                        null, null, null, null, null, null));

        PlanComparison diff = plans.compare(plan.getId(), 1, 2);

        assertThat(diff.sections()).extracting(FieldChange::field).containsExactly("vision");
        assertThat(diff.sections().get(0).before()).isEqualTo("Vision");
        assertThat(diff.added()).extracting(PlanAction::getTitle).containsExactly("New");
        assertThat(diff.removed()).extracting(PlanAction::getTitle).containsExactly("Dropped later");
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.after().getTitle()).isEqualTo("Kept");
            assertThat(change.fields()).as("100 and 100.00 EUR are the same budget").extracting(FieldChange::field)
                    .containsExactly("endsOn");
        });
        assertThat(plans.compare(plan.getId(), 1, 1).isEmpty()).isTrue();
    }

    private boolean someoneWaitsForALock() {
        return jdbc.queryForObject("SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'", Boolean.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static PlanDetails details(String title) {
        return new PlanDetails(title, RoadmapTheme.EMPTY_FLOOR_SPACE, "en", "Summary", null, "Context", "Vision", null, null,
                null, null, null, null);
    }

    private static ActionDetails action(String title, String from, String to, String budget) {
        return new ActionDetails(title, null, "Town hall", null, LocalDate.parse(from), LocalDate.parse(to),
                budget == null ? null : new BigDecimal(budget), budget == null ? null : FundingSource.MUNICIPAL_BUDGET,
                ActionStatus.PLANNED, null, null, null, null, Set.of(), Set.of(),
                List.of(new ActionIndicator("Workshops in use", "buildings", BigDecimal.ZERO, BigDecimal.TEN)));
    }

    private void signInAsEditorOf(String partnerName) {
        signIn(AccountRole.MUNICIPALITY_EDITOR, partnerName);
    }

    private void signIn(AccountRole role, String partnerName) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-setup", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String email = "plans-" + ACCOUNTS.incrementAndGet() + "@example.org";
        Long partnerId = partnerName == null ? null : partners.findByNameEn(partnerName).orElseThrow().getId();
        accounts.create(new NewAccount(email, "Plan tester", "a long enough passphrase", role, partnerId));
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
