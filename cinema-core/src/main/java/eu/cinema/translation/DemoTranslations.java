package eu.cinema.translation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * German and Romanian translations of the demo's pilots, tools and recommendations ({@code demo/translations.csv}: each
 * English original with its translations), matched to the content by the original text, so that they follow the demo
 * content wherever its ids fall.
 */
@Component
@Profile("demo")
@Order(18)
class DemoTranslations implements ApplicationRunner {

    private static final String FILE = "demo/translations.csv";

    private final TranslationService translations;
    private final ContentTranslationRepository repository;

    DemoTranslations(TranslationService translations, ContentTranslationRepository repository) {
        this.translations = translations;
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        Map<String, CSVRecord> byOriginal = readFile();
        for (String type : translations.types()) {
            for (TranslatableItem item : translations.content(type).demo()) {
                for (OriginalText original : item.texts()) {
                    CSVRecord row = original.isEmpty() ? null : byOriginal.get(original.text());
                    if (row != null) {
                        for (String lang : List.of("de", "ro")) {
                            translations.put(item, original, lang, row.get(lang), null, null);
                        }
                    }
                }
            }
        }
    }

    private static Map<String, CSVRecord> readFile() {
        Map<String, CSVRecord> byOriginal = new HashMap<>();
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                byOriginal.put(row.get("en"), row);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return byOriginal;
    }
}
