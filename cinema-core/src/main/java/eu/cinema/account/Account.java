package eu.cinema.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import eu.cinema.common.BaseEntity;
import eu.cinema.partner.Partner;

/** A person who signs in. The password hash is never copied into the history. */
@Entity
@Audited
public class Account extends BaseEntity {

    private String email;

    private String displayName;

    @NotAudited
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Partner partner;

    private boolean enabled = true;

    /** Kept by {@link SignIns}, in SQL: a sign-in is no edit. */
    @NotAudited
    @Column(insertable = false, updatable = false)
    private Instant lastSignedInAt;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, AccountRole role, Partner partner) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        assign(role, partner);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public AccountRole getRole() {
        return role;
    }

    public Partner getPartner() {
        return partner;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Editors belong to a partner; a municipality editor's partner must be a local authority. */
    void assign(AccountRole newRole, Partner newPartner) {
        if (newRole.needsPartner() && newPartner == null) {
            throw new AccountRuleException("account.error.partnerRequired", "partnerId");
        }
        if (newRole == AccountRole.MUNICIPALITY_EDITOR && !newPartner.getKind().isLocalAuthority()) {
            throw new AccountRuleException("account.error.partnerNotMunicipality", "partnerId");
        }
        this.role = newRole;
        this.partner = newPartner;
    }
}
