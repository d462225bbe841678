package eu.cinema.pilot.progress;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.layer.LocatedItem;
import eu.cinema.layer.RetailLayerContributor;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotService;

/** Puts every pilot, at its location, on the retail and small-business revitalisation layer. */
@Component
class PilotRetailLayer implements RetailLayerContributor {

    private final PilotService pilots;

    PilotRetailLayer(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocatedItem> publishedItems() {
        return pilots.find(new PilotFilter(null, null, null, null, null)).stream().map(PilotRetailLayer::item).toList();
    }

    @Override
    public boolean hasPublishedItems() {
        return pilots.any();
    }

    private static LocatedItem item(Pilot pilot) {
        return new LocatedItem("pilot-" + pilot.getId(), pilot.getTitle(), pilot.getKind().name(), pilot.getCity().getName(),
                pilot.getCity().getCountry().getCode(), pilot.getLocation().getX(), pilot.getLocation().getY(),
                "/pilots/" + pilot.getId());
    }
}
