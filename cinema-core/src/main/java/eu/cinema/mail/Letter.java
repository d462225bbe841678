package eu.cinema.mail;

import java.util.List;

/**
 * One e-mail the portal sends: plain text, in the recipient's language.
 *
 * @param replyTo     who an answer goes to; null for the portal's own address
 * @param unsubscribe where one click ends what the letter comes from (RFC 8058), for the mail program's own button;
 *                    null for a letter that is not part of a series
 */
public record Letter(List<String> to, String replyTo, String subject, String body, String unsubscribe) {

    public Letter {
        to = List.copyOf(to);
    }

    public Letter(List<String> to, String replyTo, String subject, String body) {
        this(to, replyTo, subject, body, null);
    }
}
