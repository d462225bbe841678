package eu.cinema.pilot.progress;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.pilot.PilotCompletion;

/** A pilot's open milestones are what stands between it and its completion. */
@Component
@Transactional(readOnly = true)
class MilestoneCompletion implements PilotCompletion {

    private final MilestoneRepository milestones;

    MilestoneCompletion(MilestoneRepository milestones) {
        this.milestones = milestones;
    }

    @Override
    public List<String> openMilestones(long pilotId) {
        return milestones.findByPilotIdOrderByDueOnAscIdAsc(pilotId).stream().filter(Milestone::isOpen).map(Milestone::getTitle).toList();
    }
}
