package eu.cinema.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/**
 * A local action plan's texts for translators and readers, one item per plan: the sections of its published version
 * and each action's title and description, keyed by the action's key, which stays the same from version to version. A
 * translation therefore outlives a new version wherever the text did not change, and shows as out of date where it did.
 * The plan's editors translate it; a plan never published has nothing to translate yet.
 */
@Component
public class PlanTranslations implements TranslatableContent {

    public static final String TYPE = "plan";
    private static final int LONG_TEXT = 20_000;

    private final ActionPlanRepository plans;
    private final PlanPermissions permissions;

    PlanTranslations(ActionPlanRepository plans, PlanPermissions permissions) {
        this.plans = plans;
        this.permissions = permissions;
    }

    public static List<OriginalText> texts(PlanVersion version) {
        String lang = version.getLang();
        List<OriginalText> texts = new ArrayList<>(sectionTexts(version));
        for (PlanAction action : version.getActions()) {
            texts.add(OriginalText.line("actionTitle." + action.getActionKey(), action.getTitle(), lang, 300));
            texts.add(OriginalText.paragraph("actionDescription." + action.getActionKey(), action.getDescription(), lang, LONG_TEXT)
                    .about(action.getTitle()));
        }
        return texts;
    }

    /** The version's title and sections without its actions (a feed's entry reads no more). */
    public static List<OriginalText> sectionTexts(PlanVersion version) {
        String lang = version.getLang();
        return List.of(OriginalText.line("title", version.getTitle(), lang, 300),
                OriginalText.paragraph("summary", version.getSummary(), lang, LONG_TEXT),
                OriginalText.paragraph("context", version.getContext(), lang, LONG_TEXT),
                OriginalText.paragraph("vision", version.getVision(), lang, LONG_TEXT),
                OriginalText.paragraph("objectives", version.getObjectives(), lang, LONG_TEXT),
                OriginalText.paragraph("monitoring", version.getMonitoring(), lang, LONG_TEXT));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return plans.findDetailedById(id).flatMap(this::item);
    }

    @Override
    public List<TranslatableItem> translatable() {
        return plans.findAll().stream().filter(permissions::mayEdit).sorted(Comparator.comparing(ActionPlan::getId)).map(this::item)
                .flatMap(Optional::stream).toList();
    }

    private Optional<TranslatableItem> item(ActionPlan plan) {
        return plan.published().map(version -> new TranslatableItem(TYPE, plan.getId(), version.getTitle(), "/plans/" + plan.getId(),
                texts(version), permissions.mayEdit(plan)));
    }
}
