package eu.cinema.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The bundles' messages with arguments, formatted by ICU with formats kept per pattern and language. */
class IcuMessagesTests {

    private static final Locale SLOVAK = Locale.forLanguageTag("sk");

    private final IcuMessages.IcuMessageSource messages = source();

    @Test
    void pluralFormsFollowTheLanguage() {
        assertThat(messages.getMessage("partners.count", new Object[] {1}, SLOVAK)).isEqualTo("1 organizácia");
        assertThat(messages.getMessage("partners.count", new Object[] {3}, SLOVAK)).isEqualTo("3 organizácie");
        assertThat(messages.getMessage("partners.count", new Object[] {5}, SLOVAK)).isEqualTo("5 organizácií");
        assertThat(messages.getMessage("partners.count", new Object[] {5}, Locale.ENGLISH)).isEqualTo("5 organisations");
    }

    @Test
    void oneKeptFormatServesManyThreadsAtOnceWithEachTheirOwnArguments() throws Exception {
        IcuMessages.IcuMessageSource alone = source();
        List<String> expected = new ArrayList<>();
        for (int count = 0; count < 8000; count++) {
            expected.add(alone.getMessage("pilots.count", new Object[] {count}, SLOVAK));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int first = thread * 1000;
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int count = first; count < first + 1000; count++) {
                        String formatted = messages.getMessage("pilots.count", new Object[] {count}, SLOVAK);
                        if (!formatted.equals(expected.get(count))) {
                            wrong.add(expected.get(count) + " came out as " + formatted);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static IcuMessages.IcuMessageSource source() {
        IcuMessages.IcuMessageSource source = new IcuMessages.IcuMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
