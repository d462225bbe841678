package eu.cinema.project;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project's facts and its targets against the live counts the feature modules report. */
@Service
@Transactional(readOnly = true)
public class ProjectOverview {

    private final ProjectRepository projects;
    private final ProjectTargetRepository targets;
    private final Map<TargetCode, TargetAchievement> achievements;

    ProjectOverview(ProjectRepository projects, ProjectTargetRepository targets, List<TargetAchievement> achievements) {
        this.projects = projects;
        this.targets = targets;
        this.achievements = achievements.stream()
                .collect(Collectors.toMap(TargetAchievement::code, Function.identity()));
    }

    public Project project() {
        return projects.findTheProject()
                .orElseThrow(() -> new IllegalStateException("The project row is missing: migrations did not run"));
    }

    /** Every target; one that no module reports on yet has achieved nothing so far. */
    public List<TargetProgress> targets() {
        return targets.findAllByOrderBySortOrderAsc().stream()
                .map(t -> new TargetProgress(t.getCode(), t.getTarget(),
                        achievements.containsKey(t.getCode()) ? achievements.get(t.getCode()).achieved() : 0))
                .toList();
    }
}
