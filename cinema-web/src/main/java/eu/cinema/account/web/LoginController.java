package eu.cinema.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.cinema.web.PortalSettings;

@Controller
class LoginController {

    private final PortalSettings settings;

    LoginController(PortalSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("throttleMinutes", settings.login().window().toMinutes());
        return "account/login";
    }
}
