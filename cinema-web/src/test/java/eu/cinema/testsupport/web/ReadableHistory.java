package eu.cinema.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** What a history or comparison must never show a reader: enum codes, geometry text, UUIDs, field keys, nulls. */
public final class ReadableHistory {

    private static final Pattern INTERNALS = Pattern.compile(
            "\\b[A-Z]{2,}(_[A-Z]+)+\\b|POINT ?\\(|\\b\\p{XDigit}{8}-\\p{XDigit}{4}-|\\b[a-z]+[A-Z]\\w*\\b|\\bnull\\b");

    private ReadableHistory() {
    }

    public static void assertReadsInWords(Element history) {
        assertThat(history).as("a history on the page").isNotNull();
        assertThat(history.text()).doesNotContainPattern(INTERNALS);
    }
}
