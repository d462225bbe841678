package eu.cinema.matching.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import eu.cinema.follow.FollowDigests;
import eu.cinema.matching.ContactService;

/**
 * The administrators' outbox: seekers' messages, those waiting for a mail server or a recipient first, and whether
 * followers' digests wait.
 */
@Controller
class OutboxController {

    private final ContactService contacts;
    private final FollowDigests digests;

    OutboxController(ContactService contacts, FollowDigests digests) {
        this.contacts = contacts;
        this.digests = digests;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", contacts.outbox());
        model.addAttribute("waitingDigests", digests.waiting().orElse(null));
        return "admin/outbox";
    }

    @PostMapping("/admin/outbox/{id}/forwarded")
    String forwarded(@PathVariable long id) {
        contacts.markForwarded(id);
        return "redirect:/admin/outbox";
    }
}
