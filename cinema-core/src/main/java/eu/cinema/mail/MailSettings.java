package eu.cinema.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's e-mail ({@code cinema.mail.*}); the server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address of every message the portal sends
 */
@ConfigurationProperties("cinema.mail")
public record MailSettings(@DefaultValue("portal@cinema.invalid") String from) {
}
