package eu.cinema.testsupport.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import eu.cinema.testsupport.PostgisTestConfiguration;

/**
 * The whole portal on a random port over this run's PostGIS database, with the demo accounts.
 * All classes with this annotation share one application context; the statements a request sends can be counted
 * ({@link StatementCounting}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PostgisTestConfiguration.class, StatementCounting.class})
@ActiveProfiles({"test", "demo"})
public @interface PortalIntegrationTest {
}
