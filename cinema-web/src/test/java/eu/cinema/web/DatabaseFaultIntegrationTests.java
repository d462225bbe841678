package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.TestDatabase;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database's connections cut again and again ({@code pg_terminate_backend}, as a failover or a restart of
 * PostgreSQL does) while people read pages, send proposals and run an import: every answer is whole (a page, or
 * the portal's 503), everything the portal acknowledged is in the database, an import is all or nothing, and once
 * the connections are left alone the portal answers as before.
 */
@PortalIntegrationTest
class DatabaseFaultIntegrationTests {

    private static final List<Integer> WHOLE_ANSWERS = List.of(200, 302, 400, 404, 503);

    @LocalServerPort
    int port;

    /** The proposals sent here count against 127.0.0.1's hourly limit, which the other tests' proposals need. */
    @AfterEach
    void forgetTheProposalsCounted() {
        jdbc.sql("DELETE FROM shared_counter WHERE key LIKE 'site-proposal%'").update();
    }

    /** Answers that told of the outage: without any, the cuts missed every request and the test proved nothing. */
    private final AtomicInteger unavailable = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void cutConnectionsLoseNothingAcknowledgedAndThePortalRecovers() throws Exception {
        String prefix = "Fault " + System.nanoTime();
        ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean cutting = new AtomicBoolean(true);
        PortalClient editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page started = editor.submit(importForm(editor, prefix), "form[action='/sites/import/confirm']", Map.of());

        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int worker = 0; worker < 3; worker++) {
            int id = worker;
            load.execute(() -> {
                for (int request = 0; cutting.get(); request++) {
                    PortalClient visitor = new PortalClient(port);
                    check(visitor.get(List.of("/", "/map", "/pilots", "/plans/2", "/sites/1").get(request % 5)), broken);
                    String name = prefix + " proposal " + id + "-" + request;
                    Page sent = propose(visitor, name);
                    check(sent, broken);
                    if ("/sites/propose".equals(sent.location())) {
                        acknowledged.add(name);
                    }
                }
            });
        }
        load.execute(() -> cutConnections(cutting, broken));
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(broken).as("answers cut off or 500").isEmpty();
        assertThat(unavailable.get()).as("requests that met a cut connection").isPositive();
        assertThat(new PortalClient(port).get("/").status()).isEqualTo(200);
        for (String name : acknowledged) {
            assertThat(jdbc.sql("SELECT count(*) FROM site WHERE name = :name").param("name", name).query(Integer.class).single())
                    .as(name).isEqualTo(1);
        }
        JsonNode progress = finished(editor, started.location());
        int imported = jdbc.sql("SELECT count(*) FROM site WHERE reference LIKE :prefix").param("prefix", "F" + prefix.hashCode() + "-%")
                .query(Integer.class).single();
        assertThat(imported).as("an import is all or nothing: " + progress).isEqualTo(
                "DONE".equals(progress.get("state").asString()) ? IMPORT_ROWS : 0);
    }

    private static final int IMPORT_ROWS = 4000;

    /** Cuts every connection to the tests' database but its own, ten times a second for three seconds. */
    private static void cutConnections(AtomicBoolean cutting, ConcurrentLinkedQueue<String> broken) {
        TestDatabase database = TestDatabase.get();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            for (int cut = 0; cut < 30; cut++) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
                Thread.sleep(100);
            }
        } catch (SQLException | InterruptedException failed) {
            broken.add("the cutting failed: " + failed);
        } finally {
            cutting.set(false);
        }
    }

    private void check(Page page, ConcurrentLinkedQueue<String> broken) {
        if (page.status() == 503) {
            unavailable.incrementAndGet();
        }
        boolean whole = WHOLE_ANSWERS.contains(page.status())
                && (page.status() != 200 || page.body().stripTrailing().endsWith("</html>"));
        if (!whole) {
            broken.add(page.path() + " answered " + page.status() + ": " + page.body().substring(0, Math.min(200, page.body().length())));
        }
    }

    private Page propose(PortalClient visitor, String name) {
        Page form = visitor.get("/sites/propose");
        if (form.status() != 200) {
            return form;
        }
        return visitor.submitMultipart(form, "form[action='/sites/propose']", Map.of("name", name, "kind", "COMMERCIAL_UNIT",
                "cityName", "Košice", "countryCode", "SK", "latitude", "48.72", "longitude", "21.26"), null, null, null);
    }

    private Page importForm(PortalClient editor, String prefix) {
        StringBuilder csv = new StringBuilder("SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY\n");
        for (int row = 0; row < IMPORT_ROWS; row++) {
            csv.append('F').append(prefix.hashCode()).append('-').append(row).append(",Hall ").append(row).append(",WGS84,21.2,48.7\n");
        }
        Page preview = editor.submitMultipart(editor.get("/sites/import"), "form[action='/sites/import']",
                Map.of("format", "BROWNFIELD_CSV", "countryCode", "SK", "defaultCity", "Košice"), "file", "fault.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.document().select("form[action='/sites/import/confirm']")).isNotEmpty();
        return preview;
    }

    /** The import's end, as its uploader sees it; a few tries, since the cuts may fail a poll too. */
    private JsonNode finished(PortalClient editor, String job) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 600; attempt++) {
            Page page = editor.get(job + "/progress", "application/json");
            if (page.status() == 200) {
                JsonNode progress = json.readTree(page.body());
                if (!"RUNNING".equals(progress.get("state").asString())) {
                    return progress;
                }
            } else {
                seen.add(String.valueOf(page.status()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish; polls answered " + seen);
    }
}
