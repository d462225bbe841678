package eu.cinema.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/** A recommendation's title and text for translators and readers; administrators, who write them, translate them. */
@Component
public class RecommendationTranslations implements TranslatableContent {

    public static final String TYPE = "recommendation";

    private final RecommendationRepository recommendations;
    private final RecommendationPermissions permissions;

    RecommendationTranslations(RecommendationRepository recommendations, RecommendationPermissions permissions) {
        this.recommendations = recommendations;
        this.permissions = permissions;
    }

    public static List<OriginalText> texts(PolicyRecommendation recommendation) {
        return List.of(OriginalText.line("title", recommendation.getTitle(), recommendation.getLang(), 300),
                OriginalText.paragraph("text", recommendation.getText(), recommendation.getLang(), 20_000));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return recommendations.findById(id).filter(permissions::mayView).map(this::item);
    }

    @Override
    public List<TranslatableItem> translatable() {
        return permissions.mayWrite() ? recommendations.findAll().stream().sorted(Comparator.comparing(PolicyRecommendation::getId))
                .map(this::item).toList() : List.of();
    }

    @Override
    public List<TranslatableItem> demo() {
        return recommendations.findAll().stream().filter(PolicyRecommendation::isDemo).map(this::item).toList();
    }

    private TranslatableItem item(PolicyRecommendation recommendation) {
        return new TranslatableItem(TYPE, recommendation.getId(), recommendation.getTitle(), "/recommendations/" + recommendation.getId(),
                texts(recommendation), permissions.mayWrite());
    }
}
