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

    /** Every item, whoever asks (each says whether the person asking may translate it), in a stable order. */
    List<TranslatableItem> all();

    /** Every item the person asking may translate, in a stable order (a translator's file lists them). */
    default List<TranslatableItem> translatable() {
        return all().stream().filter(TranslatableItem::mayTranslate).toList();
    }
}
