package eu.cinema.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.MessageFormat;

/**
 * The bundles of the seven interface languages: the same keys everywhere, the same arguments in
 * every translation, every message readable by ICU, no key missing for a page and none left unused.
 */
class MessageBundleTests {

    static final List<String> TRANSLATIONS = List.of("de", "ro", "sl", "sk", "bg", "sr_Latn");

    /** Keys that Spring's validation and binding look up by convention, not by name in our code. */
    private static final Pattern CONVENTIONAL = Pattern.compile(
            "^(NotBlank|NotNull|Size|Min|Max|DecimalMin|DecimalMax|Digits|Email|Pattern|AssertTrue|typeMismatch)(\\..*)?$");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    private static final Pattern QUOTED = Pattern.compile("[\"']([a-zA-Z]\\w*(?:\\.\\w+)*\\.|[a-zA-Z]\\w*(?:\\.\\w+)+)[\"']");

    @ParameterizedTest
    @ValueSource(strings = {"de", "ro", "sl", "sk", "bg", "sr_Latn"})
    void everyTranslationHasExactlyTheEnglishKeysWithTheSameArguments(String language) {
        Map<String, String> english = bundle("");
        Map<String, String> translation = bundle("_" + language);

        assertThat(translation.keySet()).as("keys missing in " + language).containsAll(english.keySet());
        assertThat(english.keySet()).as("keys only in " + language).containsAll(translation.keySet());
        english.forEach((key, text) -> assertThat(arguments(translation.get(key)))
                .as("arguments of " + key + " in " + language).isEqualTo(arguments(text)));
    }

    @Test
    void everyMessageIsReadableByIcu() {
        Stream.concat(Stream.of(""), TRANSLATIONS.stream().map(language -> "_" + language)).forEach(suffix ->
                bundle(suffix).forEach((key, text) -> {
                    if (text.contains("{")) {
                        new MessageFormat(text);
                    }
                }));
    }

    @Test
    void everyKeyAPageAsksForExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> keys = bundle("").keySet();
        String sources = sources();
        Set<String> asked = new TreeSet<>();
        Matcher template = TEMPLATE_KEY.matcher(sources);
        while (template.find()) {
            asked.add(template.group(1));
        }
        Set<String> quoted = new TreeSet<>();
        Matcher literal = QUOTED.matcher(sources);
        while (literal.find()) {
            quoted.add(literal.group(1));
        }
        // A quoted text ending in a dot is the prefix of keys completed at run time, such as 'pilot.status.' + status.
        Set<String> prefixes = quoted.stream().filter(q -> q.endsWith(".")).collect(Collectors.toSet());

        assertThat(asked).as("keys used in templates but missing from the bundles").isSubsetOf(keys);
        assertThat(keys.stream()
                .filter(key -> !CONVENTIONAL.matcher(key).matches())
                .filter(key -> !asked.contains(key) && !quoted.contains(key))
                .filter(key -> prefixes.stream().noneMatch(key::startsWith))
                .toList()).as("keys in the bundles that nothing uses").isEmpty();
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    /** Templates, scripts and Java sources of every module, read from the checkout. */
    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String module : List.of("../cinema-core", "../cinema-mapping", "../cinema-pilots", ".")) {
            Path main = Path.of(module, "src", "main");
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".html")
                                || file.toString().endsWith(".js"))
                        .forEach(file -> {
                            try {
                                all.append(Files.readString(file)).append('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            }
        }
        return all.toString();
    }

    static Map<String, String> bundle(String suffix) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundleTests.class.getResourceAsStream("/messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("No bundle messages" + suffix + ".properties", e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }
}
