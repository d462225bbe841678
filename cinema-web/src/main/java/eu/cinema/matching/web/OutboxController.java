package eu.cinema.matching.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import eu.cinema.matching.ContactService;

/** The administrators' outbox: seekers' messages, those waiting for a mail server or a recipient first. */
@Controller
class OutboxController {

    private final ContactService contacts;

    OutboxController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", contacts.outbox());
        return "admin/outbox";
    }

    @PostMapping("/admin/outbox/{id}/forwarded")
    String forwarded(@PathVariable long id) {
        contacts.markForwarded(id);
        return "redirect:/admin/outbox";
    }
}
