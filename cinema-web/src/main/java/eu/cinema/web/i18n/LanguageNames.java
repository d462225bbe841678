package eu.cinema.web.i18n;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** Names of content languages for templates ({@code @languageNames}): in the reader's language, or each in its own. */
@Component("languageNames")
public class LanguageNames {

    /** The language {@code code} names, in {@code reader}'s language: Englisch for en to a German reader. */
    public String in(String code, Locale reader) {
        return Locale.forLanguageTag(code).getDisplayLanguage(reader);
    }

    /** The language's own name for itself: Deutsch, Română. */
    public String nativeName(String code) {
        Locale language = Locale.forLanguageTag(code);
        return language.getDisplayLanguage(language);
    }
}
