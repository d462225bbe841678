package eu.cinema.account;

/** What a signed-in person may do; editors always act for one partner organisation. */
public enum AccountRole {
    ADMIN,
    PARTNER_EDITOR,
    MUNICIPALITY_EDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean needsPartner() {
        return this != ADMIN;
    }
}
