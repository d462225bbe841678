package eu.cinema.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import eu.cinema.account.PortalUser;

/** The signed-in person, or nothing, for the layout of every page (error pages included). */
@ControllerAdvice
class CurrentUserAttribute {

    @ModelAttribute("currentUser")
    PortalUser currentUser(@AuthenticationPrincipal Object principal) {
        return principal instanceof PortalUser user ? user : null;
    }
}
