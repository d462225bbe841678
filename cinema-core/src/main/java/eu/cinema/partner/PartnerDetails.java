package eu.cinema.partner;

/** What an administrator may change about a partner. Validation of the values is the form's job. */
public record PartnerDetails(
        String nameEn,
        String nameOriginal,
        String acronym,
        PartnerRole role,
        PartnerKind kind,
        HelixSegment segment,
        long cityId,
        double longitude,
        double latitude,
        String website) {
}
