package eu.cinema.admin.web;

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
import org.springframework.web.util.UriComponentsBuilder;

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

    @GetMapping("/admin/privacy")
    String find(@RequestParam(required = false) String email, Model model) {
        model.addAttribute("email", email == null ? "" : email);
        if (email != null) {
            try {
                model.addAttribute("found", readable(privacy.find(email)));
            } catch (DomainException refused) {
                model.addAttribute("refused", refused.getMessageKey());
            }
        }
        return VIEW;
    }

    @GetMapping("/admin/privacy/export")
    ResponseEntity<String> export(@RequestParam String email) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("personal-data.json").build().toString())
                .body(json.writeValueAsString(Map.of("email", email.strip().toLowerCase(), "data", readable(privacy.find(email)))));
    }

    @PostMapping("/admin/privacy/erase")
    String erase(@RequestParam String email, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/admin/privacy").queryParam("email", email).build().encode().toUriString();
        if (!confirmed) {
            redirect.addFlashAttribute("refused", "privacy.error.confirm");
            return "redirect:" + back;
        }
        try {
            redirect.addFlashAttribute("erased", privacy.erase(email));
        } catch (DomainException refused) {
            redirect.addFlashAttribute("refused", refused.getMessageKey());
        }
        return "redirect:" + back;
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
