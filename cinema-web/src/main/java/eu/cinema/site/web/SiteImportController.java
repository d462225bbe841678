package eu.cinema.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import eu.cinema.common.DomainException;
import eu.cinema.common.NotFoundException;
import eu.cinema.partner.PartnerService;
import eu.cinema.region.CountryRepository;
import eu.cinema.site.importing.ImportFormat;
import eu.cinema.site.importing.ImportProgress;
import eu.cinema.site.importing.ImportTarget;
import eu.cinema.site.importing.SiteImportService;

/**
 * Editors import their organisation's sites from a brownfield-register CSV or a GeoJSON file:
 * upload, preview with every problem, confirm, and follow the import's progress.
 */
@Controller
@RequestMapping("/sites/import")
class SiteImportController {

    private final SiteImportService imports;
    private final CountryRepository countries;
    private final PartnerService partners;

    SiteImportController(SiteImportService imports, CountryRepository countries, PartnerService partners) {
        this.imports = imports;
        this.countries = countries;
        this.partners = partners;
    }

    @GetMapping
    String form(Model model) {
        return formView(model);
    }

    @PostMapping
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam ImportFormat format,
            @RequestParam(required = false) String countryCode, @RequestParam(required = false) String defaultCity,
            @RequestParam(required = false) Long ownerPartnerId, Model model, Locale locale) throws IOException {
        ImportTarget target = new ImportTarget(countryCode, defaultCity, ownerPartnerId, locale.getLanguage());
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            model.addAttribute("preview", imports.preview(content, file == null ? 0 : file.getSize(),
                    file == null ? null : file.getOriginalFilename(), format, target));
            return "site/import-preview";
        } catch (DomainException refused) {
            model.addAttribute("refusal", refused);
            return formView(model);
        }
    }

    /** Imports a file its uploader previewed; what it was previewed for (format, country, town, owner) is kept with it. */
    @PostMapping("/confirm")
    String confirm(@RequestParam UUID fileId) {
        return "redirect:/sites/import/" + imports.start(fileId);
    }

    @GetMapping("/{job}")
    String progressPage(@PathVariable String job, Model model) {
        model.addAttribute("progress", progress(job));
        return "site/import-progress";
    }

    @GetMapping(value = "/{job}/progress", produces = "application/json")
    @ResponseBody
    ResponseEntity<ImportProgress> progressJson(@PathVariable String job) {
        return ResponseEntity.ok(progress(job));
    }

    private ImportProgress progress(String job) {
        return imports.progress(job).orElseThrow(() -> new NotFoundException("import", job));
    }

    private String formView(Model model) {
        model.addAttribute("countries", countries.allByName(LocaleContextHolder.getLocale()));
        model.addAttribute("partners", partners.all());
        model.addAttribute("formats", ImportFormat.values());
        model.addAttribute("maxMegabytes", imports.maxFileBytes() / (1024 * 1024));
        return "site/import";
    }
}
