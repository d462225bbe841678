package eu.cinema.mapping;

import java.util.Arrays;
import java.util.Optional;

import eu.cinema.roadmap.RoadmapTheme;

/** The three thematic layers of the revitalisation map, one per roadmap theme. */
public enum MapLayer {
    SITES("sites", RoadmapTheme.EMPTY_FLOOR_SPACE),
    RETAIL("retail", RoadmapTheme.RETAIL_SMALL_BUSINESS),
    ACTORS("actors", RoadmapTheme.CREATIVE_INDUSTRIES);

    private final String id;
    private final RoadmapTheme theme;

    MapLayer(String id, RoadmapTheme theme) {
        this.id = id;
        this.theme = theme;
    }

    /** The layer's identifier in URLs and as an OGC API collection. */
    public String id() {
        return id;
    }

    public RoadmapTheme theme() {
        return theme;
    }

    public static Optional<MapLayer> byId(String id) {
        return Arrays.stream(values()).filter(layer -> layer.id.equals(id)).findFirst();
    }

    public static MapLayer of(RoadmapTheme theme) {
        return Arrays.stream(values()).filter(layer -> layer.theme == theme).findFirst().orElseThrow();
    }
}
