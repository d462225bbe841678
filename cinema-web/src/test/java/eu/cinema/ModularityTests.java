package eu.cinema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The features as application modules (Spring Modulith): each direct sub-package of {@code eu.cinema} is one,
 * whichever Maven module holds its classes; its base package is its API, its sub-packages are its own, and a
 * sub-package it publishes says so with {@code @NamedInterface}. The build writes the module diagrams and canvases
 * into docs/modules, so the documentation is the structure the build verified.
 */
class ModularityTests {

    /** The test harness that cinema-core shares as a test jar is on the class path as a jar, but is no module. */
    private static final ApplicationModules MODULES = ApplicationModules.of(CinemaApplication.class,
            JavaClass.Predicates.resideInAPackage("eu.cinema.testsupport.."));

    @Test
    void modulesUseOnlyEachOthersPublishedApiAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyFeatureIsOneModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder(
                "account", "actor", "admin", "catalog", "changes", "common", "follow", "history", "home", "legal", "mail", "mapping", "matching", "network",
                "partner", "pilot", "plan", "privacy", "project", "recommendation", "region", "roadmap", "search", "site",
                "storage", "toolkit", "translation", "web", "workspace");
    }

    /** The shared web concerns serve every feature, so they may know none of them (or they would form a cycle). */
    @Test
    void theSharedWebConcernsDependOnNoFeature() {
        ApplicationModule web = MODULES.getModuleByName("web").orElseThrow();
        assertThat(web.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .allMatch(name -> name.equals("common") || name.equals("storage"));
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = Path.of("..", "docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(folder)) {
            for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
                Files.writeString(diagram, sortedRuns(Files.readString(diagram)));
            }
        }

        String components = Files.readString(folder.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(components).contains(module.getDisplayName()));
        assertThat(folder.resolve("module-pilot.adoc")).content().contains("PilotService");
    }

    /**
     * The diagram lists its components and relations in hash order, which changes from run to run; sorted, the
     * committed files change only when the structure does.
     */
    static String sortedRuns(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            String kind = kind(lines.get(start));
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    /** What a diagram line declares, with its indentation, or null for a line that is no element. */
    private static String kind(String line) {
        Matcher element = Pattern.compile("^(\\s*(?:Rel|Component|Container|System)\\w*)\\(").matcher(line);
        return element.find() ? element.group(1) : null;
    }
}
