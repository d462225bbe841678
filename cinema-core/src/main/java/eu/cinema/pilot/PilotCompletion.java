package eu.cinema.pilot;

import java.util.List;

/**
 * What stands between a pilot and its completion. The milestones live in cinema-pilots, which answers this for
 * {@link PilotService}: a pilot is marked completed only with every milestone reached or closed as not reached.
 */
public interface PilotCompletion {

    /** The titles of the pilot's milestones neither reached nor closed, earliest due first. */
    List<String> openMilestones(long pilotId);
}
