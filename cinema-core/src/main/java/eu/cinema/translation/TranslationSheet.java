package eu.cinema.translation;

import java.time.Instant;
import java.util.List;

import eu.cinema.common.Digests;

/**
 * What a translator sees side by side: each text of an item as written, and its translation into one language with
 * who made it, when, and whether its original has changed since. Texts written in that language are left out.
 */
public record TranslationSheet(TranslatableItem item, String lang, List<Row> rows) {

    public record Row(OriginalText original, String translation, boolean outdated, String translator, Instant translatedAt) {

        /**
         * The translation as the translator saw it, sent back with the form: a save whose row no longer matches was
         * prepared against a translation someone else has since saved.
         */
        public String seen() {
            return seen(translation);
        }

        static String seen(String translation) {
            return translation == null ? "" : Digests.sha256(translation);
        }
    }
}
