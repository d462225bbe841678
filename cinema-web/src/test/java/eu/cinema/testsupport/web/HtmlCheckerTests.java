package eu.cinema.testsupport.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checker must be able to fail, or the validity tests would prove nothing. */
class HtmlCheckerTests {

    @Test
    void refusesInvalidHtml() {
        assertThatThrownBy(() -> HtmlChecker.assertValid("broken", """
                <!DOCTYPE html><html lang="en"><head><title>t</title></head>
                <body><section><a href="/" foo="bar">x</a></body></html>"""))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unclosed element");
    }

    @Test
    void acceptsValidHtml() {
        assertThatCode(() -> HtmlChecker.assertValid("fine", """
                <!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>Fine</p></body></html>"""))
                .doesNotThrowAnyException();
    }
}
