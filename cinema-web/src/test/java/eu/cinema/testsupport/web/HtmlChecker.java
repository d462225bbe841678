package eu.cinema.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.xml.sax.SAXException;

import nu.validator.client.EmbeddedValidator;

/** The W3C Nu HTML Checker, run offline on a page as the server sent it. */
public final class HtmlChecker {

    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();

    static {
        VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
    }

    private HtmlChecker() {
    }

    public static synchronized void assertValid(String path, String html) {
        String report;
        try {
            report = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The HTML checker failed on " + path, e);
        }
        assertThat(report).as("Nu HTML Checker on %s", path).doesNotContain("Error:");
    }
}
