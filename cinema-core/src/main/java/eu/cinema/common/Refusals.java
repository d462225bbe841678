package eu.cinema.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An operation's input rules checked all before any is reported: a person who made three mistakes learns of the three
 * in one answer, not of one per try.
 *
 * <pre>
 * new Refusals()
 *         .when(endsOn.isBefore(startsOn), () -&gt; new PlanRuleException("plan.error.endBeforeStart", "endsOn"))
 *         .when(budget.signum() &lt; 0, () -&gt; new PlanRuleException("plan.error.negativeBudget", "budgetEur"))
 *         .throwIfAny();
 * </pre>
 */
public final class Refusals {

    private final List<DomainException> found = new ArrayList<>();

    public Refusals when(boolean broken, Supplier<? extends DomainException> refusal) {
        if (broken) {
            found.add(refusal.get());
        }
        return this;
    }

    /** Throws the first refusal found, carrying the others ({@link DomainException#all()}). */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            DomainException first = found.get(0);
            first.alongside(found.subList(1, found.size()));
            throw first;
        }
    }
}
