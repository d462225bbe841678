package eu.cinema.mail;

import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the portal's e-mail through Spring Boot's mail server ({@code spring.mail.*}). Without one configured, nothing
 * is sent and the caller is told so: each feature decides what waits (an outbox) and what is only shown on screen.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class Mailer {

    /** What became of a letter. */
    public enum Delivery {
        SENT, NO_MAIL_SERVER, FAILED
    }

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    /** Line breaks in a header are how header injection works; a subject never keeps one. */
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]+");

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mail, MailSettings settings) {
        this.mail = mail;
        this.from = settings.from();
    }

    public Delivery send(Letter letter) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return Delivery.NO_MAIL_SERVER;
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(letter.to().toArray(String[]::new));
            if (letter.replyTo() != null) {
                helper.setReplyTo(letter.replyTo());
            }
            helper.setSubject(LINE_BREAK.matcher(letter.subject()).replaceAll(" "));
            helper.setText(letter.body());
            if (letter.unsubscribe() != null) {
                mime.setHeader("List-Unsubscribe", "<" + letter.unsubscribe() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            sender.send(mime);
            return Delivery.SENT;
        } catch (MessagingException | MailException failed) {
            // The subject says what it was about; the addresses stay out of the log.
            log.warn("A mail ({}) could not be sent: {}", letter.subject(), failed.getMessage());
            return Delivery.FAILED;
        }
    }
}
