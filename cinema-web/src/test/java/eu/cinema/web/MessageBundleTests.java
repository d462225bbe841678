package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every interface language has every message the English bundle has, and nothing else. */
class MessageBundleTests {

    @Test
    void romanianHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = keys("/messages.properties");
        Set<String> romanian = keys("/messages_ro.properties");

        assertThat(english).hasSizeGreaterThan(300);
        assertThat(romanian).as("keys missing in Romanian").containsAll(english);
        assertThat(english).as("keys only in Romanian").containsAll(romanian);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundleTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
