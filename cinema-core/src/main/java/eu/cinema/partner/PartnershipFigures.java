package eu.cinema.partner;

/** The partnership at a glance: project partners (the lead included), associated strategic partners, countries. */
public record PartnershipFigures(long projectPartners, long associatedPartners, long countries) {
}
