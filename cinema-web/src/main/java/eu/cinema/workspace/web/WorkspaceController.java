package eu.cinema.workspace.web;

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

import eu.cinema.account.AccountService;
import eu.cinema.account.PortalUser;
import eu.cinema.actor.CreativeActorService;
import eu.cinema.site.SiteService;
import eu.cinema.web.FormPost;

/** The signed-in person's workspace: who they are, their organisation, what they keep up, their password. */
@Controller
@RequestMapping("/account")
class WorkspaceController {

    private static final String VIEW = "workspace/workspace";

    private final AccountService accounts;
    private final SiteService sites;
    private final CreativeActorService actors;

    WorkspaceController(AccountService accounts, SiteService sites, CreativeActorService actors) {
        this.accounts = accounts;
        this.sites = sites;
        this.actors = actors;
    }

    @ModelAttribute("passwordChangeForm")
    PasswordChangeForm passwordChangeForm() {
        return new PasswordChangeForm();
    }

    @GetMapping
    String show(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("account", accounts.get(user.getAccountId()));
        model.addAttribute("ownSites", sites.ownSites());
        model.addAttribute("ownActors", actors.ownActors());
        return VIEW;
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal PortalUser user,
            @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormPost.of(result).submit(() -> {
            accounts.changeOwnPassword(user.getUsername(), form.getCurrentPassword(), form.getNewPassword());
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        }, () -> show(user, model));
    }
}
