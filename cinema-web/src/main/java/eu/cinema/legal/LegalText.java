package eu.cinema.legal;

import java.time.Instant;
import java.util.Locale;

/**
 * An administrator's text of a legal page in one language, rendered for readers.
 *
 * @param language the language it is written in, which is not the reader's when it stands in for a missing one
 * @param html     the CommonMark source rendered, with raw HTML escaped
 */
public record LegalText(Locale language, String source, String html, Instant updatedAt) {
}
