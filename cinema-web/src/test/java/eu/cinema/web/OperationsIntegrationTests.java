package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** What operations rely on: liveness and readiness with the database and the storage, metrics, request ids. */
@PortalIntegrationTest
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void readinessCoversTheDatabaseAndTheStorage() {
        Page readiness = new PortalClient(port).get("/actuator/health/readiness", "application/json");
        Page liveness = new PortalClient(port).get("/actuator/health/liveness", "application/json");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"storage\"", "\"readinessState\"");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"livenessState\"").doesNotContain("\"db\"");
    }

    @Test
    void prometheusReadsTimingsPerPageWithItsTokenAndNobodyElse() {
        PortalClient visitor = new PortalClient(port);
        visitor.get("/plans/2");

        Page anonymous = visitor.get("/actuator/prometheus", "text/plain");
        Page wrongToken = visitor.get("/actuator/prometheus", "text/plain", Map.of("Authorization", "Bearer guess"));
        Page scraper = visitor.get("/actuator/prometheus", "text/plain", Map.of("Authorization", "Bearer test-metrics-token"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(scraper.status()).isEqualTo(200);
        assertThat(scraper.body()).contains("http_server_requests_seconds_count", "uri=\"/plans/{id}\"");
    }

    @Test
    void theActuatorIndexIsNotExposedEvenToAnAdministrator() {
        PortalClient administrator = new PortalClient(port);
        administrator.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);

        assertThat(administrator.get("/actuator", "application/json").status()).isEqualTo(404);
        assertThat(administrator.get("/actuator/health", "application/json").status()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesARequestIdAndASensibleOneIsKept() {
        PortalClient visitor = new PortalClient(port);

        String generated = visitor.get("/").header("X-Request-Id");
        String kept = visitor.get("/", "text/html", Map.of("X-Request-Id", "lb-1234-abcd")).header("X-Request-Id");
        String replaced = visitor.get("/", "text/html", Map.of("X-Request-Id", "<script>" + "x".repeat(100))).header("X-Request-Id");

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(kept).isEqualTo("lb-1234-abcd");
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }
}
