package eu.cinema.testsupport.web;

import java.time.Duration;
import java.util.Arrays;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The portal with a real SMTP server (GreenMail) configured, for the tests that follow its e-mail. Every class that
 * extends this one shares one application context, and so one server, which runs until the test JVM ends: stopping it
 * after one class would leave the shared context pointing at a closed port.
 */
@PortalIntegrationTest
public abstract class WithMailServer {

    protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** The first mail received for {@code address} whose subject contains {@code subject}, waiting up to ten seconds for it. */
    protected static MimeMessage mailTo(String address, String subject) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < giveUp) {
            for (MimeMessage mail : SMTP.getReceivedMessages()) {
                try {
                    if (Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address))
                            && mail.getSubject().contains(subject)) {
                        return mail;
                    }
                } catch (MessagingException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
            SMTP.waitForIncomingEmail(200, SMTP.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + address + " about " + subject);
    }
}
