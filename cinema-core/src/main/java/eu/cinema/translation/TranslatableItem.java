package eu.cinema.translation;

import java.util.List;
import java.util.Optional;

/**
 * A piece of content with its texts as written, the address of its public page, and whether the person asking may
 * translate it (whoever may edit it).
 */
public record TranslatableItem(String type, long id, String title, String path, List<OriginalText> texts, boolean mayTranslate) {

    public TranslatableItem {
        texts = List.copyOf(texts);
    }

    /** The language of its first written text (the title's, as a rule), or null when nothing is written yet. */
    public String lang() {
        return texts.stream().filter(text -> !text.isEmpty()).map(OriginalText::lang).findFirst().orElse(null);
    }

    public Optional<OriginalText> text(String field) {
        return texts.stream().filter(text -> text.field().equals(field)).findFirst();
    }
}
