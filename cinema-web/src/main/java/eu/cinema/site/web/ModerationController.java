package eu.cinema.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.partner.PartnerService;
import eu.cinema.site.NearbySite;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRuleException;
import eu.cinema.site.SiteService;
import eu.cinema.storage.FileStorage;
import eu.cinema.web.PublicUrl;

import tools.jackson.databind.json.JsonMapper;

/**
 * The moderation queue: proposals from the public, oldest first, for the editors of partners in the site's country
 * and for administrators. Each is shown on a small map with the published sites within {@value #DUPLICATE_METRES} m;
 * the moderator corrects it, publishes it (their organisation then keeps it up; an administrator names one), rejects
 * it with a reason, or rejects it as a duplicate of a site already on the map. The proposer is told by e-mail.
 */
@Controller
@RequestMapping("/moderation")
class ModerationController {

    static final int DUPLICATE_METRES = 500;

    private final SiteService sites;
    private final FileStorage files;
    private final PartnerService partners;
    private final ProposalLetters letters;
    private final MessageSource texts;
    private final PublicUrl publicUrl;

    ModerationController(SiteService sites, FileStorage files, PartnerService partners, ProposalLetters letters,
            MessageSource texts, PublicUrl publicUrl) {
        this.sites = sites;
        this.files = files;
        this.partners = partners;
        this.letters = letters;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    String queue(Model model) {
        List<Site> queue = sites.moderationQueue();
        Map<Long, List<NearbySite>> nearby = new LinkedHashMap<>();
        Map<Long, String> points = new LinkedHashMap<>();
        for (Site proposal : queue) {
            List<NearbySite> near = sites.publishedNear(proposal, DUPLICATE_METRES);
            nearby.put(proposal.getId(), near);
            points.put(proposal.getId(), pointsJson(proposal, near));
        }
        model.addAttribute("queue", queue);
        model.addAttribute("nearby", nearby);
        model.addAttribute("points", points);
        model.addAttribute("duplicateMetres", DUPLICATE_METRES);
        model.addAttribute("partners", partners.all());
        model.addAttribute("counts", sites.moderationCounts());
        return "site/moderation";
    }

    @PostMapping("/sites/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long keeperPartnerId, RedirectAttributes redirect) {
        letters.outcome(sites.publish(id, keeperPartnerId));
        redirect.addFlashAttribute("published", id);
        return "redirect:/moderation";
    }

    @PostMapping("/sites/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return rejected(id, reason, redirect);
    }

    /** The proposal is a site already on the map: rejected with a reason that links the proposer to that site. */
    @PostMapping("/sites/{id}/duplicate-of/{existingId}")
    String duplicate(@PathVariable long id, @PathVariable long existingId, RedirectAttributes redirect) {
        Site proposal = sites.getForEditing(id);
        Site existing = sites.getPublished(existingId);
        String reason = texts.getMessage("moderation.duplicateReason",
                new Object[] {existing.getName(), publicUrl.base() + "/sites/" + existing.getId()}, proposal.getProposerLanguage());
        return rejected(id, reason, redirect);
    }

    /** A proposal's photo, for its moderators only: the public sees photos once the site is published. */
    @GetMapping("/sites/{id}/photos/{index}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int index) {
        return SitePhotos.response(files, sites.getForEditing(id), index);
    }

    private String rejected(long id, String reason, RedirectAttributes redirect) {
        try {
            letters.outcome(sites.reject(id, reason));
            redirect.addFlashAttribute("rejected", id);
        } catch (SiteRuleException refused) {
            redirect.addFlashAttribute("refusedSite", id);
            redirect.addFlashAttribute("refusal", refused.getMessageKey());
        }
        return "redirect:/moderation";
    }

    /** The possible duplicates and the proposal, drawn last so that it lies on top, as the mini map script reads them. */
    private static String pointsJson(Site proposal, List<NearbySite> near) {
        List<Map<String, Object>> points = new ArrayList<>();
        near.forEach(site -> points.add(Map.of("name", site.getName(), "layer", "sites", "lat", site.getLatitude(),
                "lon", site.getLongitude())));
        points.add(Map.of("name", proposal.getName(), "layer", "proposal", "lat", proposal.getLocation().getY(),
                "lon", proposal.getLocation().getX()));
        return JsonMapper.shared().writeValueAsString(points);
    }
}
