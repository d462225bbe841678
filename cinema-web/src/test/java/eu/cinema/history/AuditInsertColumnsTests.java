package eu.cinema.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * Hibernate Envers writes the history of what goes through JPA; code that writes in bulk in SQL writes its
 * history rows by hand. Each such {@code INSERT INTO x_aud (...)} in any module must name every column the
 * migrations gave that table, or the history silently loses what a later column holds (as imported sites' rent
 * once was).
 */
@PortalIntegrationTest
class AuditInsertColumnsTests {

    private static final Pattern AUDIT_INSERT = Pattern.compile("INSERT INTO (\\w+_aud)\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyHandWrittenHistoryInsertNamesEveryColumnOfItsTable() throws IOException {
        Map<String, List<String>> inserts = handWrittenAuditInserts();
        assertThat(inserts).as("the site import's history insert is found").containsKey("site_aud");

        inserts.forEach((source, columns) -> {
            String table = source.substring(0, source.indexOf(' ') < 0 ? source.length() : source.indexOf(' '));
            List<String> catalog = jdbc.sql("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = :table ORDER BY ordinal_position")
                    .param("table", table).query(String.class).list();
            assertThat(catalog).as("columns of %s", table).isNotEmpty();
            assertThat(columns).as("the columns %s names", source).containsExactlyInAnyOrderElementsOf(catalog);
        });
    }

    /** Table name (and, for a second insert into the same table, its file) to the columns it names. */
    private static Map<String, List<String>> handWrittenAuditInserts() throws IOException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(path -> path.getFileName().toString().startsWith("cinema-")).toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                        Matcher insert = AUDIT_INSERT.matcher(Files.readString(file));
                        while (insert.find()) {
                            String key = found.containsKey(insert.group(1)) ? insert.group(1) + " in " + file : insert.group(1);
                            found.put(key, Arrays.stream(insert.group(2).split(",")).map(String::strip).toList());
                        }
                    }
                }
            }
        }
        return found;
    }
}
