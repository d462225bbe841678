package eu.cinema.pilot.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.common.NotFoundException;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.pilot.PilotTranslations;
import eu.cinema.pilot.progress.PilotProgress;
import eu.cinema.pilot.progress.PilotProgressTranslations;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.project.ProjectOverview;
import eu.cinema.region.CityRepository;
import eu.cinema.region.CountryRepository;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.storage.StoredFile;
import eu.cinema.translation.TranslationService;

/** The public pilots: the list with its filters, each pilot's page, and the evidence of published updates. */
@Controller
@RequestMapping("/pilots")
class PilotController {

    private final PilotService pilots;
    private final ProgressService progress;
    private final PeriodReportService periodReports;
    private final CountryRepository countries;
    private final CityRepository cities;
    private final ProjectOverview overview;
    private final TranslationService translations;

    PilotController(PilotService pilots, ProgressService progress, PeriodReportService periodReports, CountryRepository countries,
            CityRepository cities, ProjectOverview overview, TranslationService translations) {
        this.translations = translations;
        this.pilots = pilots;
        this.progress = progress;
        this.periodReports = periodReports;
        this.countries = countries;
        this.cities = cities;
        this.overview = overview;
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) Long city,
            @RequestParam(required = false) PilotKind kind, @RequestParam(required = false) PilotStatus status,
            @RequestParam(required = false) RoadmapTheme theme, Locale locale, Model model) {
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        List<Pilot> found = pilots.find(new PilotFilter(countryCode, city, kind, status, theme));
        model.addAttribute("pilots", found);
        model.addAttribute("texts", translations.localizeAll(PilotTranslations.TYPE, found, Pilot::getId, PilotTranslations::texts,
                locale.getLanguage()));
        model.addAttribute("percentages", progress.percentages(found));
        model.addAttribute("countries", countries.findByPartnershipTrueOrderByNameEn());
        model.addAttribute("cities", cities.findAllByOrderByCountryCodeAscNameEnAsc());
        model.addAttribute("kinds", PilotKind.values());
        model.addAttribute("statuses", PilotStatus.values());
        model.addAttribute("themes", RoadmapTheme.values());
        model.addAttribute("selected", new PilotFilter(countryCode, city, kind, status, theme));
        // The reporting panel's period: from the project's start to today.
        model.addAttribute("reportFrom", overview.project().getStartsOn());
        model.addAttribute("reportTo", LocalDate.now(ZoneOffset.UTC));
        return "pilot/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Locale locale, Model model) {
        Pilot pilot = pilots.get(id);
        model.addAttribute("pilot", pilot);
        model.addAttribute("texts", translations.localize(PilotTranslations.TYPE, id, PilotTranslations.texts(pilot), locale.getLanguage()));
        PilotProgress pilotProgress = progress.publicProgress(pilot);
        model.addAttribute("progress", pilotProgress);
        model.addAttribute("progressTexts", translations.localize(PilotProgressTranslations.TYPE, id,
                PilotProgressTranslations.texts(pilot, pilotProgress), locale.getLanguage()));
        model.addAttribute("charts", pilotProgress.indicators().stream()
                .collect(Collectors.toMap(s -> s.indicator().getId(), IndicatorChart::of)));
        model.addAttribute("evidence", progress.evidenceOf(pilotProgress.updates().stream().map(ProgressUpdate::getId).toList()));
        model.addAttribute("reportStatuses", periodReports.publicStatuses(pilot));
        return "pilot/detail";
    }

    /** Evidence of an update: public once the update is published, otherwise for the pilot's editors. */
    @GetMapping("/{id}/updates/{update}/evidence/{index}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long update, @PathVariable int index) {
        StoredFile file = progress.evidence(id, update, index).orElseThrow(() -> new NotFoundException("evidence", index));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFilename()).build().toString())
                .cacheControl(CacheControl.noCache())
                .body(file.getContent());
    }
}
