package eu.cinema.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

import eu.cinema.testsupport.web.PortalClasses;

/**
 * The module rule: cinema-web -> cinema-mapping, cinema-pilots -> cinema-core, and mapping and
 * pilots never depend on each other. All modules share the root package, so a class's module is
 * told by where it was loaded from (target/classes or the jar of that module).
 */
class ModuleDependencyTests {

    private static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = PortalClasses.get();
    }

    @Test
    void everyModuleIsFoundOnTheClasspath() {
        assertThat(portal.that(inModule("cinema-core"))).isNotEmpty();
        assertThat(portal.that(inModule("cinema-mapping"))).isNotEmpty();
        assertThat(portal.that(inModule("cinema-pilots"))).isNotEmpty();
        assertThat(portal.that(inModule("cinema-web"))).isNotEmpty();
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that(inModule("cinema-core"))
                .should().dependOnClassesThat(inModule("cinema-mapping").or(inModule("cinema-pilots")).or(inModule("cinema-web")))
                .check(portal);
    }

    @Test
    void coreKnowsNothingOfHttpOrTemplates() {
        noClasses().that(inModule("cinema-core"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.thymeleaf..", "org.springframework.security.web..")
                .check(portal);
    }

    @Test
    void mappingAndPilotsDoNotDependOnEachOtherNorOnTheWebModule() {
        noClasses().that(inModule("cinema-mapping"))
                .should().dependOnClassesThat(inModule("cinema-pilots").or(inModule("cinema-web")))
                .allowEmptyShould(true)
                .check(portal);
        noClasses().that(inModule("cinema-pilots"))
                .should().dependOnClassesThat(inModule("cinema-mapping").or(inModule("cinema-web")))
                .allowEmptyShould(true)
                .check(portal);
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString().contains("/" + module + "/")
                        || source.getUri().toString().contains("/" + module + "-"))
                .orElse(false));
    }
}
