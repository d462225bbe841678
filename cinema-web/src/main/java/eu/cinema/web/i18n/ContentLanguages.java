package eu.cinema.web.i18n;

import java.util.List;

/**
 * The languages people write the portal's content in: the partnership's, plus the neighbours'.
 * Content keeps the language it was written in, whatever the interface language.
 */
public final class ContentLanguages {

    public static final List<String> CODES = List.of("en", "de", "ro", "sl", "sk", "bg", "sr", "hu", "hr", "cs", "uk", "ru");

    private ContentLanguages() {
    }
}
