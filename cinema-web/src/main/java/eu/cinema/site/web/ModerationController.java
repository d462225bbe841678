package eu.cinema.site.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.site.SiteRuleException;
import eu.cinema.site.SiteService;
import eu.cinema.storage.FileStorage;

/**
 * The moderation queue: proposals from the public, oldest first, for the editors of partners in the
 * site's country and for administrators, who publish them or reject them with a reason.
 */
@Controller
@RequestMapping("/moderation")
class ModerationController {

    private final SiteService sites;
    private final FileStorage files;

    ModerationController(SiteService sites, FileStorage files) {
        this.sites = sites;
        this.files = files;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("queue", sites.moderationQueue());
        model.addAttribute("counts", sites.moderationCounts());
        return "site/moderation";
    }

    @PostMapping("/sites/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        sites.publish(id);
        redirect.addFlashAttribute("published", id);
        return "redirect:/moderation";
    }

    @PostMapping("/sites/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            sites.reject(id, reason);
            redirect.addFlashAttribute("rejected", id);
        } catch (SiteRuleException refused) {
            redirect.addFlashAttribute("refusedSite", id);
            redirect.addFlashAttribute("refusal", refused.getMessageKey());
        }
        return "redirect:/moderation";
    }

    /** A proposal's photo, for its moderators only: the public sees photos once the site is published. */
    @GetMapping("/sites/{id}/photos/{index}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int index) {
        return SitePhotos.response(files, sites.getForEditing(id), index);
    }
}
