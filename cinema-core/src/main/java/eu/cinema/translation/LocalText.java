package eu.cinema.translation;

/**
 * A text as a reader gets it: in their language where it was written or translated so, else as written; {@code lang}
 * is the language it is in (for the page's {@code lang} attribute), {@code outdated} says the original has changed
 * since the translation.
 */
public record LocalText(String text, String lang, boolean translated, boolean outdated) {
}
