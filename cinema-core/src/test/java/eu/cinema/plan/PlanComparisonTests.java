package eu.cinema.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.cinema.common.Geometries;
import eu.cinema.history.HistoryEntry.FieldChange;
import eu.cinema.roadmap.RoadmapTheme;

/** What changed between two versions of a plan, compared field by field and action by action (by identity key). */
class PlanComparisonTests {

    private static final ActionLinks NO_LINKS = new ActionLinks(null, Set.of(), Set.of());

    @Test
    void aCopiedDraftDiffersFromItsOriginalInNothing() {
        PlanVersion first = published(text("Reșița 2030", "Hala Minda"), action("Open the hall", "100"));

        assertThat(PlanComparison.between(first, first.nextDraft()).isEmpty()).isTrue();
    }

    @Test
    void changedSectionsAreListedWithTheirTextBeforeAndAfter() {
        PlanVersion first = published(text("Reșița 2030", "Hala Minda"), action("Open the hall", "100"));
        PlanVersion draft = first.nextDraft();
        draft.edit(text("Reșița 2030", "Hala Minda and the old steelworks"));

        PlanComparison comparison = PlanComparison.between(first, draft);

        assertThat(comparison.sections()).containsExactly(
                new FieldChange("vision", "Hala Minda", "Hala Minda and the old steelworks"));
        assertThat(comparison.changed()).isEmpty();
    }

    @Test
    void whitespaceAndTrailingZerosAreNoChange() {
        PlanVersion first = published(text("Reșița 2030", "Hala Minda"), action("Open the hall", "100"));
        PlanVersion draft = first.nextDraft();
        draft.edit(text("Reșița 2030", "  Hala Minda  "));
        draft.getActions().get(0).apply(details("Open the hall", "100.00", null), NO_LINKS);

        assertThat(PlanComparison.between(first, draft).isEmpty()).isTrue();
    }

    @Test
    void actionsAreMatchedByTheirKeySoThatAddedRemovedAndChangedOnesAreTold() {
        PlanVersion first = published(text("Reșița 2030", "Hala Minda"), action("Open the hall", "100"), action("Survey", "5"));
        PlanVersion draft = first.nextDraft();
        PlanAction hall = draft.getActions().get(0);
        hall.apply(details("Open the hall", "250", 21.88), new ActionLinks(Geometries.point(21.88, 45.30), Set.of(), Set.of()));
        draft.removeAction(draft.getActions().get(1));
        PlanAction market = draft.addAction(details("Night market", "10", null), NO_LINKS);

        PlanComparison comparison = PlanComparison.between(first, draft);

        assertThat(comparison.added()).containsExactly(market);
        assertThat(comparison.removed()).extracting(PlanAction::getTitle).containsExactly("Survey");
        assertThat(comparison.changed()).singleElement().satisfies(change -> {
            assertThat(change.after()).isSameAs(hall);
            assertThat(change.fields()).extracting(FieldChange::field).containsExactly("budgetEur", "location");
            assertThat(change.fields().get(0).before()).isEqualTo(new BigDecimal("100"));
            assertThat(change.fields().get(0).after()).isEqualTo(new BigDecimal("250"));
        });
    }

    private static PlanVersion published(PlanDetails text, ActionDetails... actions) {
        PlanVersion version = PlanVersion.first(new ActionPlan(null, null), text);
        for (ActionDetails action : actions) {
            version.addAction(action, NO_LINKS);
        }
        version.publish(Instant.parse("2026-06-01T10:00:00Z"));
        return version;
    }

    private static PlanDetails text(String title, String vision) {
        return new PlanDetails(title, RoadmapTheme.EMPTY_FLOOR_SPACE, "en", "Summary", null, null, vision, null, null, null, null,
                null, null);
    }

    private static ActionDetails action(String title, String budget) {
        return details(title, budget, null);
    }

    private static ActionDetails details(String title, String budget, Double longitude) {
        return new ActionDetails(title, "What it does", "City hall", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal(budget), FundingSource.MUNICIPAL_BUDGET, ActionStatus.PLANNED, null, null, longitude,
                longitude == null ? null : 45.30, Set.of(), Set.of(), List.of());
    }
}
