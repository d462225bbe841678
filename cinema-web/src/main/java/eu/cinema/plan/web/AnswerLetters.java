package eu.cinema.plan.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;
import eu.cinema.plan.ConsultationService.AnswerNotice;
import eu.cinema.web.PublicUrl;

/**
 * Tells the people who left an address that the municipality answered their comment, in the language they wrote in.
 * Without a mail server nothing is sent: the answer is public on the consultation's page either way.
 */
@Component
class AnswerLetters {

    private final Mailer mailer;
    private final MessageSource texts;
    private final PublicUrl publicUrl;

    AnswerLetters(Mailer mailer, MessageSource texts, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    /** How many of the letters left. */
    long send(long planId, List<AnswerNotice> notices) {
        String page = publicUrl.base() + "/plans/" + planId + "/consultation";
        return notices.stream().filter(notice -> {
            Locale language = Locale.forLanguageTag(notice.lang());
            String outcome = texts.getMessage("consultation.outcome." + notice.answer().getOutcome(), null, language);
            return mailer.send(new Letter(List.of(notice.email()), null,
                    texts.getMessage("consultation.mail.answerSubject", null, language),
                    texts.getMessage("consultation.mail.answerBody", new Object[] {notice.comment(), outcome,
                        notice.answer().getText(), page + "#answer-" + notice.answer().getId()}, language)))
                    == Mailer.Delivery.SENT;
        }).count();
    }
}
