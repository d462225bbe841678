package eu.cinema.pilot.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.Account;
import eu.cinema.account.AccountRepository;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * A week before a period's reports are due, the editors of each pilot whose report is not submitted get one reminder.
 * Each is recorded once per pilot and period; without a mail server (or when sending fails) it waits for the
 * administrators, who see it on the reports overview.
 */
@Service
public class ReportReminders {

    static final int DAYS_BEFORE = 7;

    private final PeriodReportService reports;
    private final ReportingPeriodRepository periods;
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final MessageSource texts;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ReportReminders(PeriodReportService reports, ReportingPeriodRepository periods, AccountRepository accounts, Mailer mailer,
            MessageSource texts, JdbcClient jdbc) {
        this.reports = reports;
        this.periods = periods;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** Reminds of the reports due a week from today; run daily, one instance at a time. */
    @Transactional
    @SchedulerLock(name = "report-reminders", lockAtLeastFor = "PT30S")
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriod period : periods.findByDueOn(today.plusDays(DAYS_BEFORE))) {
            for (ReportStatus status : reports.unsubmitted(period)) {
                List<String> to = accounts.findByPartnerIdAndEnabledTrueOrderByEmailAsc(status.pilot().getOwnerPartner().getId()).stream()
                        .map(Account::getEmail).toList();
                // The row first: a reminder another instance or an earlier run recorded is not sent again.
                int claimed = jdbc.sql("""
                        INSERT INTO report_reminder (period_id, pilot_id, recipients, delivery) VALUES (:period, :pilot, :to, 'PENDING')
                        ON CONFLICT (period_id, pilot_id) DO NOTHING""")
                        .param("period", period.getId()).param("pilot", status.pilot().getId()).param("to", to.size())
                        .update();
                if (claimed == 1) {
                    String delivery = to.isEmpty() ? "NO_RECIPIENT" : mailer.send(letter(to, status)).name();
                    jdbc.sql("UPDATE report_reminder SET delivery = :delivery WHERE period_id = :period AND pilot_id = :pilot")
                            .param("delivery", delivery).param("period", period.getId()).param("pilot", status.pilot().getId()).update();
                }
            }
        }
    }

    /** The reminders that were not sent, newest first, for the administrators to forward. */
    @AdministratorsOnly
    @Transactional(readOnly = true)
    public List<WaitingReminder> waiting() {
        return jdbc.sql("""
                SELECT r.created_at, r.recipients, r.delivery, p.title, o.name_en AS organisation, rp.name, rp.due_on
                FROM report_reminder r JOIN pilot p ON p.id = r.pilot_id JOIN partner o ON o.id = p.owner_partner_id
                JOIN reporting_period rp ON rp.id = r.period_id
                WHERE r.delivery <> 'SENT' ORDER BY r.created_at DESC, r.id DESC LIMIT 200""")
                .query((row, n) -> new WaitingReminder(row.getTimestamp("created_at").toInstant(), row.getString("organisation"),
                        row.getInt("recipients"), row.getString("delivery"), row.getString("title"), row.getString("name"),
                        row.getDate("due_on").toLocalDate()))
                .list();
    }

    /** The portal writes reminders in English, the partnership's working language. */
    private Letter letter(List<String> to, ReportStatus status) {
        Object[] args = {status.pilot().getTitle(), status.period().getName(), status.period().getDueOn().toString()};
        return new Letter(to, null, texts.getMessage("reporting.reminder.subject", args, Locale.ENGLISH),
                texts.getMessage("reporting.reminder.body", args, Locale.ENGLISH));
    }

    /** A reminder that waits: when it was due to go, to how many editors of which organisation, why it did not. */
    public record WaitingReminder(Instant at, String organisation, int recipients, String delivery, String pilot, String period,
            LocalDate dueOn) {
    }
}
