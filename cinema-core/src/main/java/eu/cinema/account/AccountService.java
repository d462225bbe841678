package eu.cinema.account;

import java.util.List;
import java.util.Objects;

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

    public Account getByEmail(String email) {
        return accounts.findByEmail(Account.normalise(email)).orElseThrow(() -> new NotFoundException("account", email));
    }

    @Transactional
    @AdministratorsOnly
    public Account create(NewAccount request) {
        return createUnchecked(request);
    }

    /** For the start-up paths (first administrator, demo data) that run before anyone signs in. */
    @Transactional
    Account createUnchecked(NewAccount request) {
        String email = Account.normalise(request.email());
        if (accounts.existsByEmail(email)) {
            throw new AccountRuleException("account.error.emailTaken", "email");
        }
        PasswordPolicy.check(request.password(), "password");
        Account account = new Account(email, request.displayName().strip(), passwordEncoder.encode(request.password()),
                request.role(), partnerOrNull(request.partnerId()));
        return accounts.save(account);
    }

    @Transactional
    @AdministratorsOnly
    public Account update(long id, long expectedVersion, AccountChanges changes) {
        Account account = get(id);
        account.requireVersion(expectedVersion);
        Long partnerBefore = account.getPartner() == null ? null : account.getPartner().getId();
        boolean accessChanges = account.isEnabled() != changes.enabled() || account.getRole() != changes.role()
                || !Objects.equals(partnerBefore, changes.partnerId());
        account.rename(changes.displayName().strip());
        account.assign(changes.role(), partnerOrNull(changes.partnerId()));
        account.setEnabled(changes.enabled());
        if (accessChanges) {
            events.publishEvent(new AccountAccessChanged(account.getEmail()));
        }
        return accounts.saveAndFlush(account);
    }

    @Transactional
    @AdministratorsOnly
    public void resetPassword(long id, String newPassword) {
        PasswordPolicy.check(newPassword, "newPassword");
        Account account = get(id);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountAccessChanged(account.getEmail()));
    }

    @Transactional
    public void changeOwnPassword(String email, String currentPassword, String newPassword) {
        Account account = getByEmail(email);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRuleException("account.error.wrongPassword", "currentPassword");
        }
        PasswordPolicy.check(newPassword, "newPassword");
        account.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    boolean exists(String email) {
        return accounts.existsByEmail(Account.normalise(email));
    }

    private Partner partnerOrNull(Long partnerId) {
        return partnerId == null ? null
                : partners.findById(partnerId).orElseThrow(() -> new AccountRuleException("account.error.unknownPartner", "partnerId"));
    }
}
