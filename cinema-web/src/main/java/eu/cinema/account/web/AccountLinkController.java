package eu.cinema.account.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.account.AccountLinkException;
import eu.cinema.account.AccountLinks;
import eu.cinema.common.DomainException;
import eu.cinema.web.security.AddressRateLimit;
import eu.cinema.web.security.SharedCounters;

/**
 * "Forgot your password?" and the page a password link opens (an invitation or a reset), for people who are not
 * signed in. The answer to a reset request is the same whether or not the address has an account.
 */
@Controller
class AccountLinkController {

    private static final String FORGOT = "account/forgot";
    private static final String SET_PASSWORD = "account/set-password";
    private static final int REQUESTS_PER_ADDRESS_PER_HOUR = 5;

    private final AccountLinks links;
    private final AccountLetters letters;
    private final MessageSource texts;
    private final AddressRateLimit rateLimit;

    AccountLinkController(AccountLinks links, AccountLetters letters, MessageSource texts, SharedCounters counters) {
        this.links = links;
        this.letters = letters;
        this.texts = texts;
        this.rateLimit = new AddressRateLimit(counters, "password-reset", REQUESTS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1));
    }

    @GetMapping("/account/forgot")
    String forgot() {
        return FORGOT;
    }

    @PostMapping("/account/forgot")
    String requestReset(@RequestParam(required = false) String email, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "account.forgot.tooMany");
            return FORGOT;
        }
        links.requestReset(email).ifPresent(link -> letters.send(link, locale));
        return "redirect:/account/forgot?sent";
    }

    @GetMapping("/account/password/{token}")
    String passwordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("holder", links.check(token));
        } catch (AccountLinkException unusable) {
            return unusable(unusable, model, response);
        }
        model.addAttribute("token", token);
        return SET_PASSWORD;
    }

    @PostMapping("/account/password/{token}")
    String setPassword(@PathVariable String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeated, Model model, Locale locale, HttpServletResponse response) {
        try {
            model.addAttribute("holder", links.check(token));
            model.addAttribute("token", token);
            if (password == null || !password.equals(repeated)) {
                model.addAttribute("problemText", texts.getMessage("account.password.notRepeated", null, locale));
                return SET_PASSWORD;
            }
            links.setPassword(token, password);
        } catch (AccountLinkException unusable) {
            return unusable(unusable, model, response);
        } catch (DomainException refused) {
            // The password policy's refusal: the link stays usable, the person tries another password.
            model.addAttribute("problemText", texts.getMessage(refused.getMessageKey(), refused.getArguments(), locale));
            return SET_PASSWORD;
        }
        return "redirect:/login?passwordSet";
    }

    /** A forged, expired or used link: a page that says which, and nothing changed (404, or 410 for one that was valid). */
    private static String unusable(AccountLinkException unusable, Model model, HttpServletResponse response) {
        response.setStatus(unusable.getReason() == AccountLinkException.Reason.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.GONE.value());
        model.addAttribute("reason", unusable.getMessageKey());
        return "account/link-unusable";
    }
}
