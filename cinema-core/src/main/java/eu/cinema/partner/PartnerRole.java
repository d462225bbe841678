package eu.cinema.partner;

/** An organisation's place in the project. */
public enum PartnerRole {
    LEAD_PARTNER,
    PROJECT_PARTNER,
    ASSOCIATED_STRATEGIC_PARTNER,
    NETWORK_MEMBER
}
