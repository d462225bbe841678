package eu.cinema.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/**
 * A tool card's texts for translators and readers, each step a text of its own ({@code steps.0}, {@code steps.1}, ...),
 * in the card's language. Its developer's editors translate it; unpublished cards only they see.
 */
@Component
public class ToolTranslations implements TranslatableContent {

    public static final String TYPE = "tool";
    private static final int LONG_TEXT = 20_000;

    private final ToolCardRepository tools;
    private final ToolPermissions permissions;

    ToolTranslations(ToolCardRepository tools, ToolPermissions permissions) {
        this.tools = tools;
        this.permissions = permissions;
    }

    /** The texts the catalogue shows of a card: its title and summary (the steps are not read for a list). */
    public static List<OriginalText> cardTexts(ToolCard tool) {
        return List.of(OriginalText.line("title", tool.getTitle(), tool.getLang(), 300),
                OriginalText.paragraph("summary", tool.getSummary(), tool.getLang(), LONG_TEXT));
    }

    public static List<OriginalText> texts(ToolCard tool) {
        String lang = tool.getLang();
        List<OriginalText> texts = new ArrayList<>(cardTexts(tool));
        texts.add(OriginalText.paragraph("aim", tool.getAim(), lang, LONG_TEXT));
        for (int step = 0; step < tool.getSteps().size(); step++) {
            texts.add(OriginalText.line("steps." + step, tool.getSteps().get(step), lang, LONG_TEXT));
        }
        texts.addAll(List.of(OriginalText.line("duration", tool.getDuration(), lang, 100),
                OriginalText.line("costs", tool.getCosts(), lang, 300),
                OriginalText.paragraph("peopleInvolved", tool.getPeopleInvolved(), lang, LONG_TEXT),
                OriginalText.paragraph("opportunities", tool.getOpportunities(), lang, LONG_TEXT),
                OriginalText.paragraph("challenges", tool.getChallenges(), lang, LONG_TEXT)));
        return texts;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return tools.findById(id).filter(tool -> tool.isPublished() || permissions.mayEdit(tool)).map(this::item);
    }

    @Override
    public List<TranslatableItem> translatable() {
        return tools.findAllByOrderByTitleAsc().stream().filter(permissions::mayEdit).sorted(Comparator.comparing(ToolCard::getId))
                .map(this::item).toList();
    }

    @Override
    public List<TranslatableItem> demo() {
        return tools.findAllByOrderByTitleAsc().stream().filter(ToolCard::isDemo).map(this::item).toList();
    }

    private TranslatableItem item(ToolCard tool) {
        return new TranslatableItem(TYPE, tool.getId(), tool.getTitle(), "/toolkit/" + tool.getId(), texts(tool), permissions.mayEdit(tool));
    }
}
