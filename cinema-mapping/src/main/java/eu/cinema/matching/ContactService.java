package eu.cinema.matching;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.Account;
import eu.cinema.account.AccountRepository;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.NotFoundException;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;

/**
 * Stores a seeker's message to a site's organisation and sends it by e-mail to that organisation's
 * accounts, with the seeker as Reply-To. Without a mail server (no {@code spring.mail.host}), without
 * recipients, or when sending fails, the message waits in the outbox that administrators see.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
@Transactional(readOnly = true)
public class ContactService {

    private static final Logger log = LoggerFactory.getLogger(ContactService.class);
    /** Line breaks in a header are how header injection works; no single-line field may hold one. */
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

    private final ContactMessageRepository messages;
    private final SiteRepository sites;
    private final AccountRepository accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource texts;
    private final String from;

    ContactService(ContactMessageRepository messages, SiteRepository sites, AccountRepository accounts,
            ObjectProvider<JavaMailSender> mail, MessageSource texts, MailSettings settings) {
        this.messages = messages;
        this.sites = sites;
        this.accounts = accounts;
        this.mail = mail;
        this.texts = texts;
        this.from = settings.from();
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
        JavaMailSender sender = mail.getIfAvailable();
        if (to.isEmpty()) {
            message.waitFor("match.waiting.noRecipient", null);
        } else if (sender == null) {
            message.waitFor("match.waiting.noMailServer", String.join(", ", to));
        } else {
            deliver(sender, message, site, to, language);
        }
        return message;
    }

    private void deliver(JavaMailSender sender, ContactMessage message, Site site, List<String> to, Locale language) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            helper.setReplyTo(message.getSeekerEmail());
            helper.setSubject(texts.getMessage("match.mail.subject", new Object[] {LINE_BREAK.matcher(site.getName()).replaceAll(" ")},
                    language));
            helper.setText(texts.getMessage("match.mail.body", new Object[] {message.getSeekerName(), message.getSeekerEmail(),
                    message.getOrganisation() == null ? "—" : message.getOrganisation(), site.getName(), message.getNeedSummary(),
                    message.getBody()}, language));
            sender.send(mime);
            message.sent(String.join(", ", to), Instant.now());
        } catch (MessagingException | MailException failed) {
            log.warn("Contact message {} could not be sent; it waits in the outbox: {}", message.getId(), failed.getMessage());
            message.waitFor("match.waiting.failed", String.join(", ", to));
        }
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
