package eu.cinema.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.AccountLinkException.Reason;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.Digests;

/**
 * One-time links that let a person set their own password: an administrator's invitation (valid 72 hours) and a reset
 * the person asks for (valid 2 hours). The secret travels only in the link; the database keeps its SHA-256. A link
 * works once; using one closes every other open link of the account and ends the account's sessions.
 */
@Service
@Transactional(readOnly = true)
public class AccountLinks {

    /** What a link is for. */
    public enum Purpose {
        INVITATION, RESET
    }

    static final Duration INVITATION_VALID = Duration.ofHours(72);
    static final Duration RESET_VALID = Duration.ofHours(2);
    /** Resets one account may be sent per hour, whoever asks and from wherever: no mailbox is flooded. */
    static final int RESETS_PER_ACCOUNT_PER_HOUR = 3;
    /** 32 random bytes in URL-safe Base64, as {@link #issue} writes them. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService service;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountLinks(AccountService service, AccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.service = service;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** A link issued: the secret {@code token} for the e-mail, and whom it is for. */
    public record IssuedLink(Purpose purpose, String email, String displayName, String token, Instant expiresAt) {
    }

    /** Whom a usable link lets set a password. */
    public record LinkHolder(Purpose purpose, String email, String displayName) {
    }

    /** Opens an account for the person invited and issues their invitation; an address with an account is refused. */
    @Transactional
    @AdministratorsOnly
    public IssuedLink invite(NewInvitation invitation) {
        return issue(service.openInvited(invitation), Purpose.INVITATION, INVITATION_VALID);
    }

    /**
     * A reset link for the enabled account with this address, unless it was sent {@value #RESETS_PER_ACCOUNT_PER_HOUR}
     * in the last hour; empty otherwise, and the caller answers the same either way, so that nobody learns which
     * addresses have accounts.
     */
    @Transactional
    public Optional<IssuedLink> requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return Optional.empty();
        }
        return accounts.findByEmail(Account.normalise(email)).filter(Account::isEnabled)
                .filter(account -> resetsInTheLastHour(account.getId()) < RESETS_PER_ACCOUNT_PER_HOUR)
                .map(account -> issue(account, Purpose.RESET, RESET_VALID));
    }

    /** Whom the link is for, if it can be used now; otherwise why not. */
    public LinkHolder check(String token) {
        OpenLink link = open(token, false);
        Account account = holder(link);
        return new LinkHolder(link.purpose(), account.getEmail(), account.getDisplayName());
    }

    /**
     * Sets the password through the link, which is then used up with every other open link of the account; the
     * account's sessions end. A password the policy refuses leaves the link usable.
     */
    @Transactional
    public String setPassword(String token, String password) {
        OpenLink link = open(token, true);
        PasswordPolicy.check(password, "password");
        Account account = holder(link);
        account.changePasswordHash(passwordEncoder.encode(password));
        jdbc.sql("UPDATE account_link SET used_at = :now WHERE account_id = :account AND used_at IS NULL")
                .param("now", Timestamp.from(Instant.now())).param("account", account.getId()).update();
        events.publishEvent(new AccountAccessChanged(account.getEmail(), null));
        return account.getEmail();
    }

    /** The link's account; a disabled (or erased) account's links no longer work. */
    private Account holder(OpenLink link) {
        return accounts.findById(link.accountId()).filter(Account::isEnabled).orElseThrow(() -> new AccountLinkException(Reason.UNKNOWN));
    }

    private IssuedLink issue(Account account, Purpose purpose, Duration valid) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Instant.now().plus(valid);
        jdbc.sql("INSERT INTO account_link (account_id, purpose, token_hash, expires_at) VALUES (:account, :purpose, :hash, :expires)")
                .param("account", account.getId()).param("purpose", purpose.name()).param("hash", Digests.sha256(token))
                .param("expires", Timestamp.from(expires)).update();
        return new IssuedLink(purpose, account.getEmail(), account.getDisplayName(), token, expires);
    }

    private int resetsInTheLastHour(long accountId) {
        return jdbc.sql("SELECT count(*) FROM account_link WHERE account_id = :account AND purpose = 'RESET' AND created_at > :since")
                .param("account", accountId).param("since", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .query(Integer.class).single();
    }

    /** The link, usable now; {@code lock} holds it until the transaction ends, so that two uses cannot both pass. */
    private OpenLink open(String token, boolean lock) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new AccountLinkException(Reason.UNKNOWN);
        }
        OpenLink link = jdbc.sql("SELECT account_id, purpose, expires_at, used_at FROM account_link WHERE token_hash = :hash"
                        + (lock ? " FOR UPDATE" : ""))
                .param("hash", Digests.sha256(token))
                .query((row, number) -> new OpenLink(row.getLong("account_id"), Purpose.valueOf(row.getString("purpose")),
                        row.getTimestamp("expires_at").toInstant(), row.getTimestamp("used_at") != null))
                .optional().orElseThrow(() -> new AccountLinkException(Reason.UNKNOWN));
        if (link.used()) {
            throw new AccountLinkException(Reason.USED);
        }
        if (link.expiresAt().isBefore(Instant.now())) {
            throw new AccountLinkException(Reason.EXPIRED);
        }
        return link;
    }

    private record OpenLink(long accountId, Purpose purpose, Instant expiresAt, boolean used) {
    }
}
