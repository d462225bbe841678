package eu.cinema.legal;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the legal pages name ({@code cinema.legal.*}). The defaults are the project description's: its project manager
 * and contact data; an operator sets their own.
 *
 * @param contactName                the person who answers for the portal
 * @param contactOrganisation        their organisation
 * @param contactEmail               their address, also the one for privacy requests
 * @param contactPhone               their telephone number, as dialled from abroad
 * @param accessibilityReviewedOn    when the accessibility statement was last reviewed
 */
@ConfigurationProperties("cinema.legal")
public record LegalSettings(@DefaultValue("Sorin Dumitru") String contactName,
        @DefaultValue("Municipality of Reșița") String contactOrganisation,
        @DefaultValue("proiecte@primariaresita.ro") String contactEmail,
        @DefaultValue("+40 722 302 175") String contactPhone,
        @DefaultValue("2026-12-02") LocalDate accessibilityReviewedOn) {

    /** The number as a {@code tel:} link wants it: digits and the leading plus only. */
    public String contactPhoneLink() {
        return "tel:" + contactPhone.replaceAll("[^+0-9]", "");
    }
}
