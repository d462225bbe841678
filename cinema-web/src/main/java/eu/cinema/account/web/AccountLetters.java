package eu.cinema.account.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.cinema.account.AccountLinks.IssuedLink;
import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;
import eu.cinema.web.PublicUrl;

/** The e-mails with a password link: an invitation to a new account, or a reset the person asked for. */
@Component
class AccountLetters {

    private final Mailer mailer;
    private final MessageSource texts;
    private final PublicUrl publicUrl;

    AccountLetters(Mailer mailer, MessageSource texts, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    /** The link's address: where the person sets their password. */
    String address(IssuedLink link) {
        return publicUrl.base() + "/account/password/" + link.token();
    }

    /** Sends the link in {@code language}; whether it left (not without a mail server). */
    boolean send(IssuedLink link, Locale language) {
        String kind = link.purpose().name().toLowerCase(Locale.ROOT);
        return mailer.send(new Letter(List.of(link.email()), null,
                texts.getMessage("account.mail." + kind + "Subject", null, language),
                texts.getMessage("account.mail." + kind + "Body", new Object[] {link.displayName(), address(link), link.email()},
                        language))) == Mailer.Delivery.SENT;
    }
}
