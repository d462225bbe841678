package eu.cinema.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.Account;
import eu.cinema.account.AccountRepository;
import eu.cinema.account.CurrentUser;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.NotFoundException;
import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;

/**
 * Stores a seeker's message to a site's organisation and sends it by e-mail to that organisation's
 * accounts, with the seeker as Reply-To. Without a mail server (no {@code spring.mail.host}), without
 * recipients, or when sending fails, the message waits in the outbox that administrators see.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    /** Line breaks in a header are how header injection works; no single-line field may hold one. */
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

    private final ContactMessageRepository messages;
    private final SiteRepository sites;
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final MessageSource texts;

    ContactService(ContactMessageRepository messages, SiteRepository sites, AccountRepository accounts, Mailer mailer,
            MessageSource texts) {
        this.messages = messages;
        this.sites = sites;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
    }

    /** {@code language} is the seeker's: the e-mail is written in the language they used the portal in. */
    @Transactional
    public ContactMessage send(long siteId, ContactRequest request, String needSummary, Locale language) {
        for (String[] field : new String[][] {{"name", request.name()}, {"email", request.email()}, {"organisation", request.organisation()}}) {
            if (field[1] != null && LINE_BREAK.matcher(field[1]).find()) {
                throw new MatchRuleException("match.error.lineBreak", field[0]);
            }
        }
        Site site = sites.findById(siteId).filter(Site::isPublic).orElseThrow(() -> new NotFoundException("site", siteId));
        ContactMessage message = messages.save(new ContactMessage(site, request, needSummary));
        List<String> to = site.getOwnerPartner() == null ? List.of()
                : accounts.findByPartnerIdAndEnabledTrueOrderByEmailAsc(site.getOwnerPartner().getId()).stream()
                        .map(Account::getEmail).toList();
        if (to.isEmpty()) {
            message.waitFor("match.waiting.noRecipient", null);
            return message;
        }
        Letter letter = new Letter(to, message.getSeekerEmail(),
                texts.getMessage("match.mail.subject", new Object[] {site.getName()}, language),
                texts.getMessage("match.mail.body", new Object[] {message.getSeekerName(), message.getSeekerEmail(),
                    message.getOrganisation() == null ? "—" : message.getOrganisation(), site.getName(), message.getNeedSummary(),
                    message.getBody()}, language));
        switch (mailer.send(letter)) {
            case SENT -> message.sent(String.join(", ", to), Instant.now());
            case NO_MAIL_SERVER -> message.waitFor("match.waiting.noMailServer", String.join(", ", to));
            case FAILED -> message.waitFor("match.waiting.failed", String.join(", ", to));
        }
        return message;
    }

    /** The last 30 days' messages about the signed-in editor's organisation's sites, newest first, for their start page. */
    public List<ContactMessage> toOwnOrganisation() {
        Long partnerId = CurrentUser.require().getPartnerId();
        return partnerId == null ? List.of()
                : messages.findTop20BySiteOwnerPartnerIdAndCreatedAtAfterOrderByCreatedAtDesc(partnerId, Instant.now().minus(Duration.ofDays(30)));
    }

    /** How many messages wait for an administrator to forward them. */
    @AdministratorsOnly
    public long waitingInOutbox() {
        return messages.countByState(ContactState.WAITING);
    }

    /** The newest messages, for administrators: they hold the seekers' addresses. */
    @AdministratorsOnly
    public List<ContactMessage> outbox() {
        return messages.findTop200ByOrderByCreatedAtDesc();
    }

    @Transactional
    @AdministratorsOnly
    public void markForwarded(long id) {
        ContactMessage message = messages.findById(id).orElseThrow(() -> new NotFoundException("contact message", id));
        message.forwarded(Instant.now());
    }
}
