package eu.cinema.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/**
 * A roadmap's texts for translators and readers: the change it expects, the urban challenges, and each pilot location's
 * measures ({@code measures.0}, ...), written in English by administrators, who translate them. A roadmap is known by its
 * theme; its id here is the theme's place in {@link RoadmapTheme} (1, 2, 3).
 */
@Component
public class RoadmapTranslations implements TranslatableContent {

    public static final String TYPE = "roadmap";
    private static final String WRITTEN_IN = "en";
    private static final int LONG_TEXT = 20_000;

    private final RoadmapRepository roadmaps;

    RoadmapTranslations(RoadmapRepository roadmaps) {
        this.roadmaps = roadmaps;
    }

    public static long id(RoadmapTheme theme) {
        return theme.ordinal() + 1L;
    }

    public static List<OriginalText> texts(Roadmap roadmap) {
        List<OriginalText> texts = new ArrayList<>(List.of(
                OriginalText.paragraph("expectedChange", roadmap.getExpectedChange(), WRITTEN_IN, LONG_TEXT),
                OriginalText.paragraph("urbanChallenges", roadmap.getUrbanChallenges(), WRITTEN_IN, LONG_TEXT)));
        List<RoadmapMeasure> measures = roadmap.getMeasures();
        for (int index = 0; index < measures.size(); index++) {
            texts.add(OriginalText.paragraph("measures." + index, measures.get(index).getMeasures(), WRITTEN_IN, LONG_TEXT)
                    .about(measures.get(index).getCity().getNameEn()));
        }
        return texts;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return id < 1 || id > RoadmapTheme.values().length ? Optional.empty()
                : roadmaps.findWithMeasuresByTheme(RoadmapTheme.values()[(int) id - 1]).map(this::item);
    }

    @Override
    public List<TranslatableItem> translatable() {
        return Arrays.stream(RoadmapTheme.values()).map(theme -> find(id(theme))).flatMap(Optional::stream)
                .filter(TranslatableItem::mayTranslate).toList();
    }

    private TranslatableItem item(Roadmap roadmap) {
        boolean administrator = CurrentUser.get().map(PortalUser::isAdmin).orElse(false);
        String slug = roadmap.getTheme().slug();
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ') + " roadmap";
        return new TranslatableItem(TYPE, id(roadmap.getTheme()), title, "/map/" + slug, texts(roadmap), administrator);
    }
}
