package eu.cinema.layer;

import java.util.List;

/**
 * Contributes published, located items to the retail and small-business revitalisation layer.
 * The pilots and action-plan modules each provide one; the layer shows whatever they give.
 */
public interface RetailLayerContributor {

    List<LocatedItem> publishedItems();
}
