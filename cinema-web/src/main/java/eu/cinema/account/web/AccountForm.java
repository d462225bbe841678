package eu.cinema.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.cinema.account.Account;
import eu.cinema.account.AccountChanges;
import eu.cinema.account.AccountRole;
import eu.cinema.account.NewAccount;
import eu.cinema.account.NewInvitation;

/** The administrators' account form; the password is asked for only when the account is opened. */
class AccountForm {

    /** Checks that apply only when an account is opened: the e-mail is then fixed, and the password reset apart. */
    interface Creation {
    }

    @NotBlank(groups = Creation.class)
    @Email(groups = Creation.class)
    @Size(max = 254, groups = Creation.class)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    /** Empty: the person is invited by e-mail and sets their own password. */
    @Size(max = 200, groups = Creation.class)
    private String password;

    @NotNull
    private AccountRole role;

    private Long partnerId;

    private boolean enabled = true;

    private long version;

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.email = account.getEmail();
        form.displayName = account.getDisplayName();
        form.role = account.getRole();
        form.partnerId = account.getPartner() == null ? null : account.getPartner().getId();
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    NewAccount toNewAccount() {
        return new NewAccount(email, displayName, password, role, partnerId);
    }

    /** Whether the administrator left the password to the person, who is then invited. */
    boolean invites() {
        return password == null || password.isEmpty();
    }

    NewInvitation toInvitation() {
        return new NewInvitation(email, displayName, role, partnerId);
    }

    AccountChanges toChanges() {
        return new AccountChanges(displayName, role, partnerId, enabled);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public AccountRole getRole() {
        return role;
    }

    public void setRole(AccountRole role) {
        this.role = role;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
