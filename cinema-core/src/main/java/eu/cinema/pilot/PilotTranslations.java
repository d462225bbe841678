package eu.cinema.pilot;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/**
 * A pilot's texts for translators and readers: title, summary and objectives, all in the language its editors gave
 * (English where they gave none). Its editors translate it.
 */
@Component
public class PilotTranslations implements TranslatableContent {

    public static final String TYPE = "pilot";

    private final PilotRepository pilots;
    private final PilotService service;
    private final PilotPermissions permissions;

    PilotTranslations(PilotRepository pilots, PilotService service, PilotPermissions permissions) {
        this.pilots = pilots;
        this.service = service;
        this.permissions = permissions;
    }

    public static List<OriginalText> texts(Pilot pilot) {
        String lang = pilot.getSummaryLang() == null ? "en" : pilot.getSummaryLang();
        return List.of(OriginalText.line("title", pilot.getTitle(), lang, 300),
                OriginalText.paragraph("summary", pilot.getSummary(), lang, 10_000),
                OriginalText.paragraph("objectives", pilot.getObjectives(), lang, 10_000));
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

    @Override
    public List<TranslatableItem> demo() {
        return pilots.findAll().stream().filter(Pilot::isDemo).map(this::item).toList();
    }

    private TranslatableItem item(Pilot pilot) {
        return new TranslatableItem(TYPE, pilot.getId(), pilot.getTitle(), "/pilots/" + pilot.getId(), texts(pilot),
                permissions.mayEdit(pilot));
    }
}
