package eu.cinema.translation;

import java.util.List;
import java.util.Map;

/**
 * The texts of one piece of content for one reader: each in the reader's language where it exists, else as written.
 * Templates ask {@code text('summary')} and {@code lang('summary')}; a page that shows some text in another language
 * says so ({@link #fallbackLang()}) and links to the languages the content is complete in ({@link #languages()}).
 */
public final class LocalizedTexts {

    private final String readerLang;
    private final Map<String, LocalText> texts;
    private final List<String> languages;

    LocalizedTexts(String readerLang, Map<String, LocalText> texts, List<String> languages) {
        this.readerLang = readerLang;
        this.texts = Map.copyOf(texts);
        this.languages = List.copyOf(languages);
    }

    /** The text to show, or null where the content has none. */
    public String text(String field) {
        LocalText text = texts.get(field);
        return text == null ? null : text.text();
    }

    /** The language of the text to show (the original's where the content has none). */
    public String lang(String field) {
        LocalText text = texts.get(field);
        return text == null ? readerLang : text.lang();
    }

    /** The language the content is shown in where it is not in the reader's, or null when all of it is. */
    public String fallbackLang() {
        return texts.values().stream().map(LocalText::lang).filter(lang -> !lang.equals(readerLang)).findFirst().orElse(null);
    }

    /** Whether a translation shown was made from an earlier version of its original. */
    public boolean outdated() {
        return texts.values().stream().anyMatch(LocalText::outdated);
    }

    /** The languages every text of the content exists in, the reader's excepted, in the portal's order. */
    public List<String> languages() {
        return languages.stream().filter(lang -> !lang.equals(readerLang)).toList();
    }
}
