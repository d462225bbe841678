package eu.cinema.site.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;

import org.springframework.util.unit.DataSize;

import eu.cinema.site.SiteRules;

/** What a reader found in a file, collected for a test. */
final class ReadFile implements RowSink {

    /** The limits as configured by default. */
    static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(50), 200_000, 200, 65_536, 32, 200_000,
            Duration.ofHours(24));
    private static final SiteRules RULES = new SiteRules(Validation.buildDefaultValidatorFactory().getValidator());

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> ignoredColumns = new LinkedHashSet<>();

    static ReadFile read(ImportFormat format, String content, String defaultCity) {
        return read(format, LIMITS, content.getBytes(StandardCharsets.UTF_8), defaultCity);
    }

    static ReadFile read(ImportFormat format, ImportLimits limits, byte[] content, String defaultCity) {
        ReadFile file = new ReadFile();
        SiteFileReader.of(format, limits, RULES).read(new ByteArrayInputStream(content), defaultCity, file);
        return file;
    }

    @Override
    public void row(ImportRow row) {
        rows.add(row);
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public void ignoredColumn(String name) {
        ignoredColumns.add(name);
    }

    List<ImportRow> rows() {
        return rows;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<String> ignoredColumns() {
        return List.copyOf(ignoredColumns);
    }
}
