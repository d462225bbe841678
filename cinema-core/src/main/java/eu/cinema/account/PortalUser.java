package eu.cinema.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds it, with what ownership checks need. */
public class PortalUser extends User {

    private final long accountId;
    private final Long partnerId;
    private final String displayName;
    private final AccountRole role;

    PortalUser(Account account) {
        super(account.getEmail(), account.getPasswordHash(), account.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.accountId = account.getId();
        this.partnerId = account.getPartner() == null ? null : account.getPartner().getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AccountRole getRole() {
        return role;
    }

    public boolean isAdmin() {
        return role == AccountRole.ADMIN;
    }
}
