package eu.cinema.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.NotFoundException;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;

/** Opening and maintaining accounts. Administrators manage everyone's; a person changes their own password. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PartnerRepository partners;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountService(AccountRepository accounts, PartnerRepository partners, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.partners = partners;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @AdministratorsOnly
    public List<Account> findAll() {
        return accounts.findAllByOrderByEmailAsc();
    }

    public Account get(long id) {
        return accounts.findWithPartnerById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /** The names of the accounts among these addresses (the authors of a history), by address. */
    public Map<String, String> displayNames(Collection<String> emails) {
        return accounts.findByEmailIn(emails).stream().collect(Collectors.toMap(Account::getEmail, Account::getDisplayName));
    }

    /** The names of these accounts (the translators of a text), by id. */
    public Map<Long, String> displayNamesById(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    public Account getByEmail(String email) {
        return accounts.findByEmail(Account.normalise(email)).orElseThrow(() -> new NotFoundException("account", email));
    }

    @Transactional
    @AdministratorsOnly
    public Account create(NewAccount request) {
        return createUnchecked(request);
    }

    /** For the first administrator, opened from configuration before anyone signs in. */
    @Transactional
    Account createUnchecked(NewAccount request) {
        PasswordPolicy.check(request.password(), "password");
        return open(request);
    }

    /** For the demo accounts, whose published password is only as long as any other. */
    @Transactional
    Account createDemo(NewAccount request) {
        PasswordPolicy.checkLength(request.password(), "password");
        return open(request);
    }

    /**
     * For an invitation: the account opens with a password nobody knows, which the person replaces through their
     * invitation link ({@link AccountLinks}).
     */
    @Transactional
    Account openInvited(NewInvitation invitation) {
        byte[] unknown = new byte[32];
        RANDOM.nextBytes(unknown);
        return open(new NewAccount(invitation.email(), invitation.displayName(), Base64.getEncoder().encodeToString(unknown),
                invitation.role(), invitation.partnerId()));
    }

    private Account open(NewAccount request) {
        String email = Account.normalise(request.email());
        if (accounts.existsByEmail(email)) {
            throw new AccountRuleException("account.error.emailTaken", "email");
        }
        Account account = new Account(email, request.displayName().strip(), passwordEncoder.encode(request.password()),
                request.role(), partnerOrNull(request.partnerId()));
        return accounts.save(account);
    }

    @Transactional
    @AdministratorsOnly
    public Account update(long id, long expectedVersion, AccountChanges changes) {
        Account account = get(id);
        account.requireVersion(expectedVersion);
        if (account.getRole() == AccountRole.ADMIN && account.isEnabled() && (changes.role() != AccountRole.ADMIN || !changes.enabled())
                && accounts.countByRoleAndEnabledTrue(AccountRole.ADMIN) <= 1) {
            throw new AccountRuleException("account.error.lastAdministrator", changes.enabled() ? "role" : "enabled");
        }
        Long partnerBefore = account.getPartner() == null ? null : account.getPartner().getId();
        boolean accessChanges = account.isEnabled() != changes.enabled() || account.getRole() != changes.role()
                || !Objects.equals(partnerBefore, changes.partnerId());
        account.rename(changes.displayName().strip());
        account.assign(changes.role(), partnerOrNull(changes.partnerId()));
        account.setEnabled(changes.enabled());
        if (accessChanges) {
            events.publishEvent(new AccountAccessChanged(account.getEmail(), null));
        }
        return accounts.saveAndFlush(account);
    }

    @Transactional
    @AdministratorsOnly
    public void resetPassword(long id, String newPassword) {
        PasswordPolicy.check(newPassword, "newPassword");
        Account account = get(id);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountAccessChanged(account.getEmail(), null));
    }

    /**
     * A person changes their own password; their other sessions end, the one they changed it in ({@code keptSession},
     * an opaque id) goes on. A wrong current password is refused with {@code account.error.wrongPassword}.
     */
    @Transactional
    public void changeOwnPassword(String email, String currentPassword, String newPassword, String keptSession) {
        Account account = getByEmail(email);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRuleException("account.error.wrongPassword", "currentPassword");
        }
        PasswordPolicy.check(newPassword, "newPassword");
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountAccessChanged(account.getEmail(), keptSession));
    }

    boolean exists(String email) {
        return accounts.existsByEmail(Account.normalise(email));
    }

    private Partner partnerOrNull(Long partnerId) {
        return partnerId == null ? null
                : partners.findById(partnerId).orElseThrow(() -> new AccountRuleException("account.error.unknownPartner", "partnerId"));
    }
}
