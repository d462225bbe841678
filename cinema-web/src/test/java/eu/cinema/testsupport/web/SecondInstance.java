package eu.cinema.testsupport.web;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import eu.cinema.CinemaApplication;
import eu.cinema.testsupport.TestDatabase;

/**
 * A second instance of the portal on the tests' database, configured as in production where the
 * tests' own instance is not: its anonymous page cache is on (the shared test instance keeps it
 * off, since tests change data behind its back). Started once for all test classes that need it,
 * stopped when the test JVM ends.
 */
public final class SecondInstance {

    private static ConfigurableApplicationContext context;

    private SecondInstance() {
    }

    public static synchronized int port() {
        if (context == null) {
            TestDatabase database = TestDatabase.get();
            // Arguments, because they outrank the test profile's properties.
            context = new SpringApplicationBuilder(CinemaApplication.class)
                    .profiles("test", "demo")
                    .run("--server.port=0", "--spring.datasource.url=" + database.url(),
                            "--spring.datasource.username=" + database.username(),
                            "--spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                            "--cinema.page-cache.time-to-live=1h");
            context.registerShutdownHook();
        }
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
