package eu.cinema.translation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.CsvCells;

/**
 * Translators' files, for those who translate outside the portal: one CSV per kind of content, one row per text, the
 * original and one column per language (docs/translations.md). A file comes back all or nothing: every row is checked
 * (known ids the importer may translate, originals unchanged since the export, lengths) before anything is saved.
 */
@Service
@Transactional(readOnly = true)
public class TranslationFiles {

    static final String ID = "id";
    static final String FIELD = "field";
    static final String LANGUAGE = "language";
    static final String ORIGINAL = "original";
    /** For the translator's eyes: the languages whose translation was made from an earlier original. Not read back. */
    static final String OUT_OF_DATE = "out_of_date";
    public static final int MAX_ROWS = 20_000;
    static final int MAX_PROBLEMS = 50;

    private final TranslationService translations;
    private final ContentTranslationRepository repository;

    TranslationFiles(TranslationService translations, ContentTranslationRepository repository) {
        this.translations = translations;
        this.repository = repository;
    }

    /** Every text of this kind the person asking may translate, with its translations. */
    public void export(String type, Writer out) {
        List<TranslatableItem> items = translations.content(type).translatable();
        List<String> languages = translations.languages();
        List<String> header = new ArrayList<>(List.of(ID, FIELD, LANGUAGE, ORIGINAL));
        header.addAll(languages);
        header.add(OUT_OF_DATE);
        // All of the kind's translations, not an IN list of every item: a file may hold more items than a statement takes parameters.
        Map<Long, List<ContentTranslation>> byItem = repository.findByContentType(type).stream()
                .collect(Collectors.groupingBy(ContentTranslation::getContentId));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (TranslatableItem item : items) {
                Map<String, ContentTranslation> found = byItem.getOrDefault(item.id(), List.of()).stream()
                        .collect(Collectors.toMap(t -> t.getField() + "/" + t.getLang(), Function.identity()));
                for (OriginalText original : item.texts()) {
                    if (original.isEmpty()) {
                        continue;
                    }
                    List<String> row = new ArrayList<>(List.of(Long.toString(item.id()), original.field(), original.lang(),
                            CsvCells.inert(original.text())));
                    List<String> outOfDate = new ArrayList<>();
                    for (String lang : languages) {
                        ContentTranslation translation = found.get(original.field() + "/" + lang);
                        row.add(translation == null ? "" : CsvCells.inert(translation.getText()));
                        if (translation != null && translation.isOutdatedFor(original.text())) {
                            outOfDate.add(lang);
                        }
                    }
                    row.add(String.join(" ", outOfDate));
                    printer.printRecord(row);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Reads a file of this kind back: each non-blank translation cell replaces the translation (blank cells leave it as it
     * is; removing one is done in the portal). Returns how many translations were written or changed.
     */
    @Transactional
    public int importFile(String type, Reader in) throws IOException {
        Map<Long, TranslatableItem> items = translations.content(type).translatable().stream()
                .collect(Collectors.toMap(TranslatableItem::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<TranslationFileException.Problem> problems = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .get().parse(in)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
            checkHeader(header, problems);
            if (problems.isEmpty()) {
                Set<String> seenRows = new HashSet<>();
                for (CSVRecord record : parser) {
                    if (record.getRecordNumber() > MAX_ROWS) {
                        problems.add(new TranslationFileException.Problem(record.getRecordNumber() + 1, "translation.file.tooManyRows", MAX_ROWS));
                        break;
                    }
                    readRow(type, header, record, items, seenRows, cells, problems);
                    if (problems.size() >= MAX_PROBLEMS) {
                        break;
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
            problems.add(new TranslationFileException.Problem(0, "translation.file.malformed"));
        }
        if (!problems.isEmpty()) {
            throw new TranslationFileException(problems);
        }
        return write(type, cells);
    }

    private void checkHeader(List<String> header, List<TranslationFileException.Problem> problems) {
        for (String required : List.of(ID, FIELD, LANGUAGE, ORIGINAL)) {
            if (!header.contains(required)) {
                problems.add(new TranslationFileException.Problem(1, "translation.file.missingColumn", required));
            }
        }
        for (String column : header) {
            if (!List.of(ID, FIELD, LANGUAGE, ORIGINAL, OUT_OF_DATE).contains(column) && !translations.languages().contains(column)) {
                problems.add(new TranslationFileException.Problem(1, "translation.file.unknownLanguage", column));
            }
        }
    }

    private void readRow(String type, List<String> header, CSVRecord record, Map<Long, TranslatableItem> items,
            Set<String> seenRows, List<Cell> cells, List<TranslationFileException.Problem> problems) {
        long line = record.getRecordNumber() + 1;
        Map<String, String> row = new HashMap<>();
        for (int column = 0; column < header.size() && column < record.size(); column++) {
            row.put(header.get(column), CsvCells.restored(record.get(column)));
        }
        Long id = parseId(row.get(ID));
        TranslatableItem item = id == null ? null : items.get(id);
        if (item == null) {
            problems.add(new TranslationFileException.Problem(line, "translation.file.unknownItem", type, row.get(ID)));
            return;
        }
        String field = row.getOrDefault(FIELD, "");
        OriginalText original = item.text(field).filter(text -> !text.isEmpty()).orElse(null);
        if (original == null) {
            problems.add(new TranslationFileException.Problem(line, "translation.file.unknownField", field, id));
            return;
        }
        if (!seenRows.add(id + "/" + field)) {
            problems.add(new TranslationFileException.Problem(line, "translation.file.duplicate", field, id));
            return;
        }
        if (!original.lang().equals(row.get(LANGUAGE)) || !lines(original.text()).equals(lines(row.get(ORIGINAL)))) {
            problems.add(new TranslationFileException.Problem(line, "translation.file.originalChanged", field, id));
            return;
        }
        for (String lang : translations.languages()) {
            String text = row.getOrDefault(lang, "").strip();
            if (text.isEmpty() || lang.equals(original.lang())) {
                continue;
            }
            if (text.length() > original.maxLength()) {
                problems.add(new TranslationFileException.Problem(line, "translation.file.tooLong", field, id, lang, original.maxLength()));
            } else {
                cells.add(new Cell(item, original, lang, text));
            }
        }
    }

    private int write(String type, List<Cell> cells) {
        Long translator = CurrentUser.require().getAccountId();
        Map<String, ContentTranslation> existing = repository.findByContentType(type).stream()
                .collect(Collectors.toMap(t -> key(t.getContentId(), t.getField(), t.getLang()), Function.identity()));
        int written = 0;
        for (Cell cell : cells) {
            ContentTranslation translation = existing.get(key(cell.item().id(), cell.original().field(), cell.lang()));
            if (translation == null || !translation.getText().equals(cell.text())) {
                translations.put(cell.item(), cell.original(), cell.lang(), cell.text(), translation, translator);
                written++;
            }
        }
        return written;
    }

    private static String key(long id, String field, String lang) {
        return id + "/" + field + "/" + lang;
    }

    /** A text with its line breaks as one kind: spreadsheets write a cell's breaks back as they like. */
    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private record Cell(TranslatableItem item, OriginalText original, String lang, String text) {
    }
}
