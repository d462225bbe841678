package eu.cinema.mail;

import java.util.List;

/**
 * One e-mail the portal sends: plain text, in the recipient's language.
 *
 * @param replyTo who an answer goes to; null for the portal's own address
 */
public record Letter(List<String> to, String replyTo, String subject, String body) {

    public Letter {
        to = List.copyOf(to);
    }
}
