package eu.cinema.layer;

import java.util.List;

/**
 * Contributes published, located items to the retail and small-business revitalisation layer.
 * The pilots and action-plan modules each provide one; the layer shows whatever they give.
 */
public interface RetailLayerContributor {

    List<LocatedItem> publishedItems();

    /** Whether there is any published item, without loading them (the home page asks on every visit). */
    boolean hasPublishedItems();
}
