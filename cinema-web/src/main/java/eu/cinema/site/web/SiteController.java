package eu.cinema.site.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import eu.cinema.common.Geometries;
import eu.cinema.history.HistoryService;
import eu.cinema.site.Site;
import eu.cinema.site.SitePermissions;
import eu.cinema.site.SiteService;
import eu.cinema.site.SiteTranslations;
import eu.cinema.storage.FileStorage;
import eu.cinema.translation.TranslationService;

/** A published site's page and its photos. */
@Controller
@RequestMapping("/sites")
class SiteController {

    private final SiteService sites;
    private final FileStorage files;
    private final HistoryService history;
    private final SitePermissions permissions;
    private final TranslationService translations;

    SiteController(SiteService sites, FileStorage files, HistoryService history, SitePermissions permissions,
            TranslationService translations) {
        this.translations = translations;
        this.sites = sites;
        this.files = files;
        this.history = history;
        this.permissions = permissions;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Locale locale, Model model) {
        Site site = sites.getPublished(id);
        model.addAttribute("site", site);
        model.addAttribute("texts", translations.localize(SiteTranslations.TYPE, id, SiteTranslations.texts(site), locale.getLanguage()));
        model.addAttribute("boundaryGeoJson", site.getBoundary() == null ? null : Geometries.toGeoJson(site.getBoundary()));
        if (permissions.mayEdit(site)) {
            model.addAttribute("history", history.historyOf(Site.class, id));
        }
        return "site/detail";
    }

    /** Photos are served only for published sites, as downloads the browser may show but never sniff. */
    @GetMapping("/{id}/photos/{index}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int index) {
        return SitePhotos.response(files, sites.getPublished(id), index);
    }
}
