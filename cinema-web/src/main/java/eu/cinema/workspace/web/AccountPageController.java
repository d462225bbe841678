package eu.cinema.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.account.AccountRuleException;
import eu.cinema.account.AccountService;
import eu.cinema.account.PortalUser;
import eu.cinema.web.FormPost;
import eu.cinema.web.security.LoginThrottle;

/** The signed-in person's account: who they are, their organisation, their password. Their work is at /workspace. */
@Controller
@RequestMapping("/account")
class AccountPageController {

    private static final String VIEW = "workspace/workspace";

    private final AccountService accounts;
    private final LoginThrottle throttle;

    AccountPageController(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @ModelAttribute("passwordChangeForm")
    PasswordChangeForm passwordChangeForm() {
        return new PasswordChangeForm();
    }

    @GetMapping
    String show(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("account", accounts.get(user.getAccountId()));
        return VIEW;
    }

    /**
     * Guessing the current password here is throttled as guessing it at sign-in is, with the same counters; the
     * other sessions of the person end, this one goes on.
     */
    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal PortalUser user,
            @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.isBlocked(user.getUsername(), address)) {
            result.rejectValue("currentPassword", "account.error.throttled");
        }
        return FormPost.of(result).submit(() -> {
            try {
                accounts.changeOwnPassword(user.getUsername(), form.getCurrentPassword(), form.getNewPassword(),
                        request.getSession().getId());
            } catch (AccountRuleException refused) {
                if ("currentPassword".equals(refused.getField())) {
                    throttle.recordFailure(user.getUsername(), address);
                }
                throw refused;
            }
            throttle.recordSuccess(user.getUsername(), address);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        }, () -> show(user, model));
    }
}
