package eu.cinema.follow.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import eu.cinema.follow.Digest;
import eu.cinema.follow.FollowService;
import eu.cinema.follow.FollowService.Confirmation;
import eu.cinema.follow.FollowedChange;
import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;
import eu.cinema.web.PublicUrl;
import eu.cinema.web.i18n.LocalizedDates;

/**
 * The letters of following, in the follower's language: the link that confirms a subscription, and the digests. Every
 * one carries the links to manage and to end the subscriptions, and the {@code List-Unsubscribe} header.
 */
@Component
class FollowLetters {

    private final Mailer mailer;
    private final MessageSource texts;
    private final PublicUrl publicUrl;
    private final FollowNames names;
    private final LocalizedDates dates;

    FollowLetters(Mailer mailer, MessageSource texts, PublicUrl publicUrl, FollowNames names, LocalizedDates dates) {
        this.mailer = mailer;
        this.texts = texts;
        this.publicUrl = publicUrl;
        this.names = names;
        this.dates = dates;
    }

    Mailer.Delivery confirmation(Confirmation confirmation) {
        Locale language = Locale.forLanguageTag(confirmation.language());
        String title = names.of(confirmation.followed(), language);
        return mailer.send(new Letter(List.of(confirmation.email()), null,
                texts.getMessage("follow.mail.confirmSubject", new Object[] {title}, language),
                texts.getMessage("follow.mail.confirmBody", new Object[] {title, publicUrl.base() + "/follow/confirm/" + confirmation.token(),
                    FollowService.CONFIRMATION_VALID.toDays()}, language) + "\n\n" + footer(confirmation.manageToken(), language),
                unsubscribe(confirmation.manageToken())));
    }

    Mailer.Delivery digest(Digest digest) {
        Locale language = Locale.forLanguageTag(digest.language());
        StringBuilder body = new StringBuilder(texts.getMessage("follow.mail.digestIntro." + digest.frequency(), null, language))
                .append("\n");
        for (Digest.Section section : digest.sections()) {
            body.append("\n== ").append(names.of(section.followed(), language)).append(" ==\n");
            for (FollowedChange change : section.changes()) {
                body.append("- ").append(dates.date(change.at(), language)).append(", ").append(change.subject()).append(": ")
                        .append(texts.getMessage(localised(change.description(), language), language)).append("\n  ")
                        .append(publicUrl.base()).append(change.path()).append("\n");
            }
            if (section.more() > 0) {
                body.append(texts.getMessage("follow.mail.more", new Object[] {section.more()}, language));
                if (section.followed().path() != null) {
                    body.append(' ').append(publicUrl.base()).append(section.followed().path());
                }
                body.append("\n");
            }
        }
        body.append("\n").append(footer(digest.manageToken(), language));
        return mailer.send(new Letter(List.of(digest.email()), null,
                texts.getMessage("follow.mail.digestSubject", new Object[] {digest.changes()}, language), body.toString(),
                unsubscribe(digest.manageToken())));
    }

    /** What ends every letter: the links to manage the address's subscriptions and to end them all. */
    private String footer(String manageToken, Locale language) {
        return "-- \n" + texts.getMessage("follow.mail.footer", new Object[] {manage(manageToken), unsubscribe(manageToken)}, language);
    }

    /** The description with its days written as the letter's language writes them. */
    private MessageSourceResolvable localised(MessageSourceResolvable description, Locale language) {
        Object[] arguments = description.getArguments() == null ? new Object[0] : description.getArguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalDate date) {
                arguments[i] = dates.date(date, language);
            }
        }
        return new DefaultMessageSourceResolvable(description.getCodes(), arguments);
    }

    private String manage(String token) {
        return publicUrl.base() + "/follow/manage/" + token;
    }

    private String unsubscribe(String token) {
        return publicUrl.base() + "/follow/unsubscribe/" + token;
    }
}
