package eu.cinema.site.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.cinema.mail.Letter;
import eu.cinema.mail.Mailer;
import eu.cinema.site.Publication;
import eu.cinema.site.Site;
import eu.cinema.web.PublicUrl;

/**
 * The e-mails a proposer who gave an address receives, in the language they used the portal in: the receipt with the
 * proposal's reference, and later its outcome (published, with its address; or not, with the moderator's reason).
 * Without a mail server nothing is sent; the reference is shown on screen either way.
 */
@Component
class ProposalLetters {

    private final Mailer mailer;
    private final MessageSource texts;
    private final PublicUrl publicUrl;

    ProposalLetters(Mailer mailer, MessageSource texts, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    /** Whether the receipt left; false without an address or a mail server. */
    boolean receipt(String email, String reference, String siteName, Locale language) {
        if (email == null) {
            return false;
        }
        return mailer.send(new Letter(List.of(email), null,
                texts.getMessage("site.propose.mail.receivedSubject", new Object[] {reference}, language),
                texts.getMessage("site.propose.mail.receivedBody", new Object[] {siteName, reference,
                    publicUrl.base() + "/sites/proposals?reference=" + reference}, language)))
                == Mailer.Delivery.SENT;
    }

    /** Tells the proposer what became of their proposal, if their address is still kept. */
    void outcome(Site site) {
        if (site.getProposerEmail() == null) {
            return;
        }
        Locale language = site.getProposerLanguage();
        boolean published = site.getPublication() == Publication.PUBLISHED;
        String outcome = published ? "published" : "rejected";
        Object detail = published ? publicUrl.base() + "/sites/" + site.getId() : site.getRejectionReason();
        mailer.send(new Letter(List.of(site.getProposerEmail()), null,
                texts.getMessage("site.propose.mail." + outcome + "Subject", new Object[] {site.getReference()}, language),
                texts.getMessage("site.propose.mail." + outcome + "Body", new Object[] {site.getName(), site.getReference(), detail},
                        language)));
    }
}
