package eu.cinema.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * Forwarded headers are believed only from configured proxies (none by default, here with
 * server.forward-headers-strategy=native as docker-compose sets it), and absolute links come from the configured public
 * address, never from what a client says its host is.
 */
@PortalIntegrationTest
class ProxyTrustIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aClientCannotEscapeTheSignInThrottleByClaimingOtherAddresses() {
        String email = "forwarded-" + System.nanoTime() + "@example.org";
        PortalClient attacker = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            attacker.header("X-Forwarded-For", "203.0.113." + i);
            assertThat(attacker.signIn(email, "guess " + i).location()).isEqualTo("/login?error");
        }

        attacker.header("X-Forwarded-For", "203.0.113.99");
        assertThat(attacker.signIn(email, "guess 6").location()).isEqualTo("/login?throttled");
    }

    @Test
    void aClaimedHostAppearsInNoLinkAndNoRedirect() throws IOException {
        PortalClient visitor = new PortalClient(port).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https");

        assertThat(visitor.get("/sites/import").location()).isEqualTo("/login");
        String feed = visitor.get("/pilots/feed.atom", "application/atom+xml").body();
        assertThat(feed).doesNotContain("evil.example").contains("<id>http://localhost:" + port + "/pilots/feed.atom</id>");
        assertThat(visitor.get("/ogcapi", "application/json").body()).doesNotContain("evil.example")
                .contains("http://localhost:" + port + "/ogcapi");
        assertThat(rawGet("/plans/feed.atom", "evil.example")).doesNotContain("evil.example")
                .contains("http://localhost:" + port + "/plans");
    }

    /** A request with a Host header of the caller's choosing, which Java's HTTP client will not send. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
