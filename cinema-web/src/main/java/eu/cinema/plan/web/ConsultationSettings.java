package eu.cinema.plan.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one client address may do in public consultations per hour ({@code cinema.consultation.*}), counted across
 * instances in PostgreSQL.
 *
 * @param commentsPerAddressPerHour comments sent
 * @param supportsPerAddressPerHour actions supported (a household or an office shares one address)
 * @param reportsPerAddressPerHour  comments reported to the editors
 */
@ConfigurationProperties("cinema.consultation")
public record ConsultationSettings(@DefaultValue("10") int commentsPerAddressPerHour,
        @DefaultValue("60") int supportsPerAddressPerHour, @DefaultValue("20") int reportsPerAddressPerHour) {
}
