package eu.cinema.mapping;

import org.springframework.stereotype.Component;

import eu.cinema.project.TargetAchievement;
import eu.cinema.project.TargetCode;

/** The "three maps" target counts the thematic layers that show something to the public. */
@Component
class MapTargetAchievement implements TargetAchievement {

    private final LayerService layers;

    MapTargetAchievement(LayerService layers) {
        this.layers = layers;
    }

    @Override
    public TargetCode code() {
        return TargetCode.MAPS;
    }

    @Override
    public long achieved() {
        return layers.layersWithContent();
    }
}
