package eu.cinema.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL/PostGIS database of one test run (one JVM). With {@code CINEMA_TEST_DB_URL} set,
 * a fresh database is created on that server and dropped when the JVM ends; otherwise a PostGIS
 * container is started through Testcontainers. With neither, the run stops at once and says why.
 */
public final class TestDatabase {

    static final String URL_VARIABLE = "CINEMA_TEST_DB_URL";
    static final String USER_VARIABLE = "CINEMA_TEST_DB_USER";
    static final String PASSWORD_VARIABLE = "CINEMA_TEST_DB_PASSWORD";
    private static final String POSTGIS_IMAGE = "postgis/postgis:16-3.4-alpine";
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");

    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String serverUrl = System.getenv(URL_VARIABLE);
            instance = serverUrl == null || serverUrl.isBlank() ? inContainer() : onServer(serverUrl.strip());
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase onServer(String serverUrl) {
        Matcher parts = JDBC_URL.matcher(serverUrl);
        if (!parts.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres, not " + serverUrl);
        }
        String user = envOr(USER_VARIABLE, "postgres");
        String password = envOr(PASSWORD_VARIABLE, "");
        String name = "cinema_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String databaseUrl = parts.group(1) + "/" + name + (parts.group(3) == null ? "" : parts.group(3));
        execute(serverUrl, user, password, "CREATE DATABASE " + name);
        // PostGIS needs a superuser to install; the migrations then find it in place.
        execute(databaseUrl, user, password, "CREATE EXTENSION IF NOT EXISTS postgis");
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"),
                "drop-" + name));
        return new TestDatabase(databaseUrl, user, password);
    }

    private static TestDatabase inContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("No database for the tests: set " + URL_VARIABLE
                    + " (for example jdbc:postgresql://127.0.0.1:5432/postgres, a server with PostGIS installed, "
                    + "reached as a superuser given by " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                    + "), or run a Docker engine so that Testcontainers can start " + POSTGIS_IMAGE + ".");
        }
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(POSTGIS_IMAGE).asCompatibleSubstituteFor("postgres"));
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database set-up failed on " + url + ": " + sql, e);
        }
    }

    private static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
