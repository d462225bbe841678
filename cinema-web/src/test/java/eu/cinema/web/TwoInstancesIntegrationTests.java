package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SecondInstance;

/**
 * Two instances of the portal against one database, as behind a load balancer: a sign-in on one is
 * honoured by the other, a file uploaded through one is served by the other, and failed sign-ins on
 * both count together.
 */
@PortalIntegrationTest
class TwoInstancesIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Test
    void aSignInOnOneInstanceIsHonouredByTheOther() {
        PortalClient first = new PortalClient(port);
        first.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        String cookie = first.get("/account").header("Set-Cookie");

        PortalClient other = first.atPort(SecondInstance.port());
        Page account = other.get("/account");

        assertThat(account.status()).isEqualTo(200);
        assertThat(account.text("main")).contains("partner@cinema.demo");
        assertThat(cookie).as("the session stays the same").isNull();
    }

    @Test
    void failedSignInsOnBothInstancesCountTogether() {
        String email = "spread-" + System.nanoTime() + "@example.org";
        PortalClient first = new PortalClient(port);
        PortalClient other = new PortalClient(SecondInstance.port());
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? first : other).signIn(email, "guess " + i).location()).isEqualTo("/login?error");
        }

        assertThat(first.signIn(email, "guess 5").location()).isEqualTo("/login?throttled");
        assertThat(other.signIn(email, "guess 6").location()).isEqualTo("/login?throttled");
    }

    @Test
    void aFileUploadedThroughOneInstanceIsServedByTheOther() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        String tool = "/toolkit/2";
        admin.submitMultipart(admin.get(tool + "/edit"), "form[action$='/files']", Map.of("role", "AFTER", "label", "After, on two instances"),
                "file", "after.png", PNG);
        String image = new PortalClient(port).get(tool).document().select(".photos img").stream()
                .filter(img -> img.attr("alt").equals("After, on two instances")).findFirst().orElseThrow().attr("src");

        Page served = new PortalClient(SecondInstance.port()).get(image);

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).isEqualTo("image/png");
        assertThat(new PortalClient(SecondInstance.port()).download(image)).isEqualTo(PNG);
    }
}
