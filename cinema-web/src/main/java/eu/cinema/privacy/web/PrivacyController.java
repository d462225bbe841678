package eu.cinema.privacy.web;

import java.time.temporal.Temporal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.DomainException;
import eu.cinema.privacy.PrivacyService;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** An administrator answers a person's request (GDPR): what the portal keeps about them, an export, erasure. */
@Controller
class PrivacyController {

    private static final String VIEW = "admin/privacy";

    private final PrivacyService privacy;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PrivacyController(PrivacyService privacy) {
        this.privacy = privacy;
    }

    /**
     * The search form; after an erasure, the result for the address erased. The address always travels in
     * a POST body or a flash attribute, never in a URL, so that it stays out of access logs.
     */
    @GetMapping("/admin/privacy")
    String page(Model model) {
        if (model.getAttribute("email") instanceof String email) {
            return found(email, model);
        }
        model.addAttribute("email", "");
        return VIEW;
    }

    @PostMapping("/admin/privacy")
    String find(@RequestParam String email, Model model) {
        return found(email, model);
    }

    @PostMapping("/admin/privacy/export")
    ResponseEntity<String> export(@RequestParam String email) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("personal-data.json").build().toString())
                .body(json.writeValueAsString(Map.of("email", email.strip().toLowerCase(), "data", readable(privacy.find(email)))));
    }

    @PostMapping("/admin/privacy/erase")
    String erase(@RequestParam String email, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        redirect.addFlashAttribute("email", email);
        if (!confirmed) {
            redirect.addFlashAttribute("refused", "privacy.error.confirm");
            return "redirect:/admin/privacy";
        }
        try {
            redirect.addFlashAttribute("erased", privacy.erase(email));
        } catch (DomainException refused) {
            redirect.addFlashAttribute("refused", refused.getMessageKey());
        }
        return "redirect:/admin/privacy";
    }

    /** The page with what the portal keeps about {@code email}, or why that address was refused. */
    private String found(String email, Model model) {
        model.addAttribute("email", email);
        try {
            model.addAttribute("found", readable(privacy.find(email)));
        } catch (DomainException refused) {
            model.addAttribute("refused", refused.getMessageKey());
        }
        return VIEW;
    }

    /** Dates as ISO text, so that the page and the export show the same values. */
    private static Map<String, List<Map<String, Object>>> readable(Map<String, List<Map<String, Object>>> found) {
        Map<String, List<Map<String, Object>>> readable = new LinkedHashMap<>();
        found.forEach((kind, records) -> readable.put(kind, records.stream().map(record -> {
            Map<String, Object> row = new LinkedHashMap<>();
            record.forEach((field, value) -> row.put(field, value instanceof Date || value instanceof Temporal ? value.toString() : value));
            return row;
        }).toList()));
        return readable;
    }
}
