package eu.cinema.account.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.account.Account;
import eu.cinema.account.AccountRole;
import eu.cinema.account.AccountLinks;
import eu.cinema.account.AccountLinks.IssuedLink;
import eu.cinema.account.AccountService;
import eu.cinema.history.HistoryService;
import eu.cinema.partner.PartnerService;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;

/** Administrators open accounts, set role and organisation, reset passwords and disable accounts. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private static final String LIST_VIEW = "admin/accounts";
    private static final String EDIT_VIEW = "admin/account-edit";

    private final AccountService accounts;
    private final AccountLinks links;
    private final AccountLetters letters;
    private final PartnerService partners;
    private final HistoryService history;

    AccountAdminController(AccountService accounts, AccountLinks links, AccountLetters letters, PartnerService partners,
            HistoryService history) {
        this.accounts = accounts;
        this.links = links;
        this.letters = letters;
        this.partners = partners;
        this.history = history;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.findAll());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("accountForm", new AccountForm());
        return editView(null, model);
    }

    @PostMapping
    String processCreationForm(
            @Validated({Default.class, AccountForm.Creation.class}) @ModelAttribute("accountForm") AccountForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        return FormPost.of(result).submit(() -> {
            if (form.invites()) {
                IssuedLink invitation = links.invite(form.toInvitation());
                redirect.addFlashAttribute("invited", invitation.email());
                if (!letters.send(invitation, locale)) {
                    // Without a mail server the administrator passes the link on; it is shown once, here.
                    redirect.addFlashAttribute("invitationLink", letters.address(invitation));
                }
                return "redirect:/admin/accounts";
            }
            Account created = accounts.create(form.toNewAccount());
            return FormPost.saved(redirect, "/admin/accounts/" + created.getId() + "/edit", Saved.of("form.createdNamed", created.getDisplayName()));
        }, () -> editView(null, model));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("accountForm", AccountForm.of(account));
        return editView(account, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Validated @ModelAttribute("accountForm") AccountForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        // The e-mail identifies the account and is shown, not edited.
        form.setEmail(account.getEmail());
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(accounts.get(id).getVersion()))
                .submit(() -> {
                    accounts.update(id, form.getVersion(), form.toChanges());
                    return FormPost.saved(redirect, "/admin/accounts/" + id + "/edit", Saved.of("form.savedNamed", form.getDisplayName()));
                }, () -> editView(account, model));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return FormPost.of(result).submit(() -> {
            accounts.resetPassword(id, form.getNewPassword());
            redirect.addFlashAttribute("passwordReset", true);
            return "redirect:/admin/accounts/" + id + "/edit";
        }, () -> {
            Account account = accounts.get(id);
            model.addAttribute("accountForm", AccountForm.of(account));
            return editView(account, model);
        });
    }

    private String editView(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", AccountRole.values());
        model.addAttribute("partners", partners.all());
        if (!model.containsAttribute("passwordResetForm")) {
            model.addAttribute("passwordResetForm", new PasswordResetForm());
        }
        if (account != null) {
            model.addAttribute("history", history.historyOf(Account.class, account.getId()));
        }
        return EDIT_VIEW;
    }
}
