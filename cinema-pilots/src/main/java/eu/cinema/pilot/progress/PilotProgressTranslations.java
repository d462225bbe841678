package eu.cinema.pilot.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotPermissions;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.pilot.PilotService;
import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/**
 * The texts of a pilot's public progress, one item per pilot: each indicator's name and unit (in the pilot's language)
 * and each published update's narrative (in its own), keyed by their ids ({@code indicatorName.12}, {@code update.40}) so
 * that a new indicator or update leaves the others' translations where they belong. The pilot's editors translate them.
 */
@Component
public class PilotProgressTranslations implements TranslatableContent {

    public static final String TYPE = "pilot-progress";

    private final PilotRepository pilots;
    private final PilotService service;
    private final ProgressService progress;
    private final PilotPermissions permissions;

    PilotProgressTranslations(PilotRepository pilots, PilotService service, ProgressService progress, PilotPermissions permissions) {
        this.pilots = pilots;
        this.service = service;
        this.progress = progress;
        this.permissions = permissions;
    }

    public static List<OriginalText> texts(Pilot pilot, PilotProgress shown) {
        String lang = pilot.getSummaryLang() == null ? "en" : pilot.getSummaryLang();
        List<OriginalText> texts = new ArrayList<>();
        for (IndicatorSeries series : shown.indicators()) {
            Indicator indicator = series.indicator();
            texts.add(OriginalText.line("indicatorName." + indicator.getId(), indicator.getName(), lang, 200));
            texts.add(OriginalText.line("indicatorUnit." + indicator.getId(), indicator.getUnit(), lang, 50).about(indicator.getName()));
        }
        shown.updates().forEach(update -> texts.add(narrative(update)));
        return texts;
    }

    /** A published update's narrative, as its pilot's item holds it (the feed reads it alone). */
    public static OriginalText narrative(ProgressUpdate update) {
        return OriginalText.paragraph(field(update), update.getNarrative(), update.getNarrativeLang(), 20_000)
                .about(update.getHappenedOn().toString());
    }

    public static String field(ProgressUpdate update) {
        return "update." + update.getId();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return pilots.findDetailedById(id).map(this::item);
    }

    @Override
    public List<TranslatableItem> translatable() {
        return service.editable().stream().map(this::item).toList();
    }

    private TranslatableItem item(Pilot pilot) {
        return new TranslatableItem(TYPE, pilot.getId(), pilot.getTitle(), "/pilots/" + pilot.getId(),
                texts(pilot, progress.publicProgress(pilot)), permissions.mayEdit(pilot));
    }
}
