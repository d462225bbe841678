package eu.cinema.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.follow.FollowTarget;
import eu.cinema.follow.FollowTarget.Kind;
import eu.cinema.follow.Followable;
import eu.cinema.follow.FollowedContent;

/** The map's layers, followed from a list: the features report each change with the layer it shows on. */
@Component
class LayerFollowing implements FollowedContent {

    @Override
    public Kind kind() {
        return Kind.LAYER;
    }

    @Override
    public Optional<Followable> find(FollowTarget target) {
        return MapLayer.byId(target.key()).map(LayerFollowing::followable);
    }

    @Override
    public List<Followable> choices() {
        return Arrays.stream(MapLayer.values()).map(LayerFollowing::followable).toList();
    }

    private static Followable followable(MapLayer layer) {
        return new Followable(new FollowTarget(Kind.LAYER, layer.id()), null, "map.layer." + layer.id(), "/map");
    }
}
