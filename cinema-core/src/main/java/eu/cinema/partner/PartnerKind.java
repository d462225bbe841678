package eu.cinema.partner;

/** What kind of organisation a partner is. */
public enum PartnerKind {
    MUNICIPALITY,
    REGIONAL_ADMINISTRATION,
    REGIONAL_DEVELOPMENT_AGENCY,
    CHAMBER_BSO,
    UNIVERSITY,
    NGO,
    COMPANY;

    /** Municipalities and city or regional administrations draft local action plans. */
    public boolean isLocalAuthority() {
        return this == MUNICIPALITY || this == REGIONAL_ADMINISTRATION;
    }
}
