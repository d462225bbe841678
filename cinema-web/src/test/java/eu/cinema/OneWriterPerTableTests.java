package eu.cinema;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;

import eu.cinema.testsupport.web.PortalClasses;

/**
 * Every table has one owning feature, and only that feature writes it; the others read it through the owner's API
 * or a view the owner's migrations create (docs/architecture.md, "Tables and their owners").
 */
class OneWriterPerTableTests {

    /** The tables that code writes in SQL, with the feature that owns each; a new one must be added here. */
    private static final Map<String, String> SQL_WRITTEN_TABLES = Map.ofEntries(
            Map.entry("account", "account"), Map.entry("account_aud", "account"), Map.entry("account_link", "account"),
            Map.entry("site", "site"), Map.entry("site_aud", "site"), Map.entry("site_import_job", "site"),
            Map.entry("site_import_upload", "site"),
            Map.entry("creative_actor", "actor"), Map.entry("creative_actor_aud", "actor"),
            Map.entry("tool_rating", "toolkit"), Map.entry("plan_comment", "plan"), Map.entry("plan_support", "plan"),
            Map.entry("contact_message", "matching"), Map.entry("report_reminder", "pilot"),
            Map.entry("legal_text", "legal"), Map.entry("accessibility_feedback", "legal"),
            Map.entry("revision", "history"),
            Map.entry("follower", "follow"), Map.entry("follow_subscription", "follow"), Map.entry("follow_digest", "follow"),
            Map.entry("shared_counter", "web"));

    private static final Pattern SQL_WRITE = Pattern.compile(
            "\\b(?:INSERT INTO|UPDATE|DELETE FROM)\\s+([a-z_]+)\\s+(?:\\(|SET|WHERE|AS\\b|[a-z]+\\s+(?:SET|WHERE))");

    @Test
    void aFeaturesRepositoriesAreWrittenOnlyFromInsideTheFeature() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("a write of another feature's repository",
                (JavaAccess<?> call) -> call.getTargetOwner().isAssignableTo(Repository.class)
                        && call.getName().matches("save.*|delete.*")
                        && !feature(call.getTargetOwner().getPackageName()).equals(feature(call.getOriginOwner().getPackageName()))))
                .check(PortalClasses.get());
    }

    @Test
    void everyHandWrittenSqlWriteIsInTheFeatureThatOwnsTheTable() throws IOException {
        List<String> writes = new ArrayList<>();
        List<String> strangers = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = Files.readString(file);
            String feature = feature(packageOf(source));
            Matcher write = SQL_WRITE.matcher(source);
            while (write.find()) {
                String table = write.group(1);
                writes.add(table);
                String owner = SQL_WRITTEN_TABLES.get(table);
                if (!feature.equals(owner)) {
                    strangers.add(file.getFileName() + " (" + feature + ") writes " + table + " (owned by " + owner + ")");
                }
            }
        }
        assertThat(writes).as("the bulk import's writes are found").contains("site", "site_aud", "revision");
        assertThat(strangers).isEmpty();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(path -> path.getFileName().toString().startsWith("cinema-")).toList()) {
                Path root = module.resolve("src/main/java");
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(path -> path.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }

    private static String packageOf(String source) {
        Matcher declaration = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
        return declaration.find() ? declaration.group(1) : "";
    }

    /** The feature module a package belongs to: the first name below {@code eu.cinema}. */
    private static String feature(String packageName) {
        String[] names = packageName.split("\\.");
        return names.length > 2 ? names[2] : "";
    }
}
