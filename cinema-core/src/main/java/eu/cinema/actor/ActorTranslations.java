package eu.cinema.actor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;

/** A creative actor's description for translators and readers (its name is a name); its owners' editors translate it. */
@Component
public class ActorTranslations implements TranslatableContent {

    public static final String TYPE = "actor";

    private final CreativeActorRepository actors;
    private final ActorPermissions permissions;

    ActorTranslations(CreativeActorRepository actors, ActorPermissions permissions) {
        this.actors = actors;
        this.permissions = permissions;
    }

    public static List<OriginalText> texts(CreativeActor actor) {
        return List.of(OriginalText.paragraph("description", actor.getDescription(), actor.getDescriptionLang(), 10_000));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return actors.findById(id).map(this::item);
    }

    @Override
    public List<TranslatableItem> translatable() {
        return actors.findAll().stream().filter(permissions::mayEdit).sorted(Comparator.comparing(CreativeActor::getId)).map(this::item)
                .toList();
    }

    private TranslatableItem item(CreativeActor actor) {
        return new TranslatableItem(TYPE, actor.getId(), actor.getName(), "/actors/" + actor.getId(), texts(actor), permissions.mayEdit(actor));
    }
}
