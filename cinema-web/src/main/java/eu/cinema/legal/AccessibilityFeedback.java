package eu.cinema.legal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.Account;
import eu.cinema.account.AccountRepository;
import eu.cinema.account.AccountRole;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;

/**
 * Feedback on the portal's accessibility, as the accessibility statement invites it (EU Web Accessibility Directive):
 * kept, and sent by e-mail to every administrator with the writer as Reply-To. Without a mail server the
 * administrators find it on their feedback page.
 */
@Service
@Transactional(readOnly = true)
public class AccessibilityFeedback {

    /** Line breaks in a header are how header injection works: the address goes into Reply-To. */
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final MessageSource texts;

    AccessibilityFeedback(JdbcClient jdbc, AccountRepository accounts, Mailer mailer, MessageSource texts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
    }

    /** Keeps the feedback and mails it to the administrators in their portal's first language; returns its number. */
    @Transactional
    public long receive(FeedbackMessage feedback, Locale writerLanguage, Locale administratorsLanguage) {
        if (feedback.email() != null && LINE_BREAK.matcher(feedback.email()).find()) {
            throw new FeedbackRefusedException("legal.feedback.error.email", "email");
        }
        long id = jdbc.sql("""
                INSERT INTO accessibility_feedback (name, email, page_address, message, language)
                VALUES (:name, :email, :page, :message, :language) RETURNING id""")
                .param("name", feedback.name()).param("email", feedback.email()).param("page", feedback.pageAddress())
                .param("message", feedback.message()).param("language", writerLanguage.toLanguageTag())
                .query(Long.class).single();
        List<String> administrators = accounts.findByRoleAndEnabledTrueOrderByEmailAsc(AccountRole.ADMIN).stream()
                .map(Account::getEmail).toList();
        if (administrators.isEmpty()) {
            return id;
        }
        String nobody = texts.getMessage("legal.feedback.mail.notGiven", null, administratorsLanguage);
        Letter letter = new Letter(administrators, feedback.email(),
                texts.getMessage("legal.feedback.mail.subject", new Object[] {id}, administratorsLanguage),
                texts.getMessage("legal.feedback.mail.body", new Object[] {orElse(feedback.name(), nobody),
                    orElse(feedback.email(), nobody), orElse(feedback.pageAddress(), nobody), feedback.message(),
                    writerLanguage.getDisplayName(administratorsLanguage)}, administratorsLanguage));
        if (mailer.send(letter) == Mailer.Delivery.SENT) {
            jdbc.sql("UPDATE accessibility_feedback SET mailed_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(Instant.now())).param("id", id).update();
        }
        return id;
    }

    /** The newest feedback first, for the administrators who answer it. */
    @AdministratorsOnly
    public List<ReceivedFeedback> newest() {
        return jdbc.sql("""
                SELECT id, name, email, page_address, message, language, created_at, mailed_at
                FROM accessibility_feedback ORDER BY created_at DESC, id DESC LIMIT 200""")
                .query((row, number) -> new ReceivedFeedback(row.getLong("id"), row.getString("name"), row.getString("email"),
                        row.getString("page_address"), row.getString("message"), Locale.forLanguageTag(row.getString("language")),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("mailed_at") == null ? null : row.getTimestamp("mailed_at").toInstant()))
                .list();
    }

    private static String orElse(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given;
    }

    /** What a visitor writes; name, address and page are optional. */
    public record FeedbackMessage(String name, String email, String pageAddress, String message) {
    }

    /** Feedback as the administrators read it; {@code mailedAt} is null when it never left by e-mail. */
    public record ReceivedFeedback(long id, String name, String email, String pageAddress, String message, Locale language,
            Instant createdAt, Instant mailedAt) {
    }
}
