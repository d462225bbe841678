package eu.cinema.translation;

import java.util.List;

/** The languages content is translated into: the portal's interface languages, as language codes ({@code sr}). */
@FunctionalInterface
public interface TranslationLanguages {

    List<String> codes();
}
