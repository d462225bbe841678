package eu.cinema.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.matching.ContactMessageRepository;
import eu.cinema.matching.ContactState;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.WithMailServer;

/** With a mail server configured (a real SMTP server, GreenMail), a seeker's message leaves by e-mail to the site's organisation. */
class MatchMailIntegrationTests extends WithMailServer {

    @LocalServerPort
    int port;

    @Autowired
    ContactMessageRepository messages;

    @Test
    void theMessageGoesToTheOrganisationsAccountsWithTheSeekerAsReplyTo() throws Exception {
        PortalClient seeker = new PortalClient(port);
        seeker.submit(seeker.get("/match/contact/2"), "form[action='/match/contact/2']",
                Map.of("name", "Ioana", "email", "ioana@example.org", "message", "Could we see the ground floor?"));

        MimeMessage mail = mailTo("municipality@cinema.demo", "Former department store");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("ioana@example.org");
        assertThat(mail.getSubject()).isEqualTo("CINEMA: interest in Former department store on Bulevardul Republicii");
        assertThat((String) mail.getContent()).contains("Could we see the ground floor?", "Ioana");
        assertThat(messages.findTop200ByOrderByCreatedAtDesc().get(0).getState()).isEqualTo(ContactState.SENT);
    }
}
