package eu.cinema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
                "account", "actor", "admin", "common", "history", "home", "layer", "mapping", "matching", "network",
                "partner", "pilot", "plan", "privacy", "project", "recommendation", "region", "roadmap", "search", "site",
                "storage", "toolkit", "web", "workspace");
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

        String components = Files.readString(folder.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(components).contains(module.getDisplayName()));
        assertThat(folder.resolve("module-pilot.adoc")).content().contains("PilotService");
    }
}
