package eu.cinema.translation;

import java.util.List;
import java.util.Optional;

/**
 * What a feature offers to translators: its content's texts. Each feature whose content can be translated contributes
 * one bean; this module reads nothing of the features' tables itself.
 */
public interface TranslatableContent {

    /** The name of this kind of content in addresses and files: {@code pilot}, {@code tool}, {@code recommendation}. */
    String type();

    /** The item {@code id} names, if it exists and the person asking may see it. */
    Optional<TranslatableItem> find(long id);

    /**
     * Every item the person asking may translate, in a stable order, for a translator's file; a kind with very many items
     * (sites) may give only the first of them ({@link TranslationFiles#MAX_ROWS}).
     */
    List<TranslatableItem> translatable();

    /** The demo content's items, for the demo's translations; none where the demo has none. */
    default List<TranslatableItem> demo() {
        return List.of();
    }
}
