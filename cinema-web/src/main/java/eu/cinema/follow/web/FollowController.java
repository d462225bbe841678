package eu.cinema.follow.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Digests;
import eu.cinema.follow.FollowRequest;
import eu.cinema.follow.FollowRuleException;
import eu.cinema.follow.FollowService;
import eu.cinema.follow.FollowService.Confirmation;
import eu.cinema.follow.FollowTarget;
import eu.cinema.follow.Followable;
import eu.cinema.follow.Frequency;
import eu.cinema.mail.Mailer;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.web.i18n.SupportedLanguages;
import eu.cinema.web.security.AddressRateLimit;
import eu.cinema.web.security.SharedCounters;

/**
 * Following for the public: the form (for one thing, or a city or layer picked from a list), the confirmation link, the
 * page that manages one address's subscriptions, and unsubscribing, which mail programs do with one POST (RFC 8058).
 * The links' secret is the only authority these pages ask for.
 */
@Controller
class FollowController {

    private static final String FORM = "follow/form";

    private final FollowService follows;
    private final FollowLetters letters;
    private final FollowNames names;
    private final SupportedLanguages languages;
    private final AddressRateLimit requestLimit;
    private final AddressRateLimit mailboxLimit;

    FollowController(FollowService follows, FollowLetters letters, FollowNames names, SupportedLanguages languages,
            FollowSettings settings, SharedCounters counters) {
        this.follows = follows;
        this.letters = letters;
        this.names = names;
        this.languages = languages;
        this.requestLimit = new AddressRateLimit(counters, "follow-request", settings.requestsPerAddressPerHour(), Duration.ofHours(1));
        this.mailboxLimit = new AddressRateLimit(counters, "follow-mailbox", settings.lettersPerMailboxPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/follow")
    String form(@RequestParam Optional<String> target, Model model, Locale locale) {
        FollowForm form = new FollowForm();
        form.setLanguage(locale.toLanguageTag());
        target.ifPresent(form::setTarget);
        model.addAttribute("followForm", form);
        return formView(form, model);
    }

    @PostMapping("/follow")
    String follow(@Valid @ModelAttribute("followForm") FollowForm form, BindingResult result, Model model, HttpServletRequest request,
            RedirectAttributes redirect, Locale locale) {
        FollowTarget target = FollowTarget.parse(form.getTarget());
        if (form.filledByRobot()) {
            return FormPost.saved(redirect, "/follow?target=" + target, Saved.of("follow.requested.SENT", String.valueOf(form.getEmail()),
                    FollowService.CONFIRMATION_VALID.toDays()));
        }
        Optional<PortalUser> editor = CurrentUser.get();
        if (editor.isEmpty()) {
            if (form.getEmail() == null || form.getEmail().isBlank()) {
                result.rejectValue("email", "follow.error.email");
            }
            if (!form.isConsent()) {
                result.rejectValue("consent", "follow.error.consent");
            }
        }
        if (!offered(form.getLanguage())) {
            result.rejectValue("language", "follow.error.language");
        }
        if (form.getFrequency() == null) {
            result.rejectValue("frequency", "follow.error.frequency");
        }
        FollowRequest asked = new FollowRequest(target, editor.map(PortalUser::getUsername).orElse(form.getEmail()), form.getLanguage(),
                form.getFrequency());
        if (!result.hasErrors() && (!requestLimit.tryAcquire(request.getRemoteAddr())
                || (editor.isEmpty() && !mailboxLimit.tryAcquire(Digests.sha256(asked.email()))))) {
            result.reject("follow.error.tooMany");
        }
        return FormPost.of(result).submit(() -> {
            String back = "/follow?target=" + target;
            if (editor.isPresent()) {
                Followable followed = follows.followConfirmed(asked);
                return FormPost.saved(redirect, back, Saved.of("follow.requested.CONFIRMED", editor.get().getUsername(),
                        names.of(followed, locale)));
            }
            Optional<Confirmation> confirmation = follows.request(asked);
            // An address that follows the thing already gets no letter, and the answer is the same as for a new request:
            // nobody learns from it what someone else follows.
            if (confirmation.isPresent() && letters.confirmation(confirmation.get()) != Mailer.Delivery.SENT) {
                follows.withdraw(confirmation.get());
                return FormPost.saved(redirect, back, Saved.of("follow.requested.NOT_SENT", form.getEmail(), ""));
            }
            return FormPost.saved(redirect, back, Saved.of("follow.requested.SENT", form.getEmail(),
                    FollowService.CONFIRMATION_VALID.toDays()));
        }, () -> formView(form, model));
    }

    /** The link in the letter: a page with one button, so that a mail scanner that opens links confirms nothing. */
    @GetMapping("/follow/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("followed", follows.checkConfirmation(token));
        model.addAttribute("token", token);
        return "follow/confirm";
    }

    @PostMapping("/follow/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        FollowService.Confirmed confirmed = follows.confirm(token);
        model.addAttribute("followed", confirmed.followed());
        model.addAttribute("manageToken", confirmed.manageToken());
        return "follow/confirmed";
    }

    @GetMapping("/follow/manage/{token}")
    String manage(@PathVariable String token, Model model) {
        model.addAttribute("follower", follows.manage(token));
        model.addAttribute("token", token);
        model.addAttribute("languages", languages.all());
        model.addAttribute("frequencies", Frequency.values());
        return "follow/manage";
    }

    @PostMapping("/follow/manage/{token}")
    String change(@PathVariable String token, @RequestParam String language, @RequestParam Frequency frequency, RedirectAttributes redirect) {
        if (!offered(language)) {
            throw new FollowRuleException("follow.error.language", "language");
        }
        follows.change(token, language, frequency);
        return FormPost.saved(redirect, "/follow/manage/" + token, Saved.of("follow.manage.changed"));
    }

    @PostMapping("/follow/manage/{token}/renew")
    String renew(@PathVariable String token, RedirectAttributes redirect) {
        follows.renew(token);
        return FormPost.saved(redirect, "/follow/manage/" + token, Saved.of("follow.manage.renewed"));
    }

    @PostMapping("/follow/manage/{token}/subscriptions/{id}/delete")
    String unfollow(@PathVariable String token, @PathVariable long id, RedirectAttributes redirect) {
        follows.unfollow(token, id);
        return FormPost.saved(redirect, "/follow/manage/" + token, Saved.of("follow.manage.unfollowed"));
    }

    /** The link in every letter: a page with one button, so that a mail scanner that opens links unsubscribes nobody. */
    @GetMapping("/follow/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("follower", follows.manage(token));
        model.addAttribute("token", token);
        return "follow/unsubscribe";
    }

    /** The button, and mail programs' one-click unsubscribe; a link used twice is answered the same. */
    @PostMapping("/follow/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token) {
        follows.unsubscribe(token);
        return "follow/unsubscribed";
    }

    /** Whether the portal offers the language: digests are written only in the interface's languages. */
    private boolean offered(String language) {
        return languages.all().stream().anyMatch(offered -> offered.toLanguageTag().equals(language));
    }

    private String formView(FollowForm form, Model model) {
        if (form.getTarget() != null) {
            model.addAttribute("followed", follows.find(FollowTarget.parse(form.getTarget())));
        } else {
            model.addAttribute("choices", follows.choices());
        }
        model.addAttribute("languages", languages.all());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("editor", CurrentUser.get().map(PortalUser::getUsername).orElse(null));
        return FORM;
    }
}
