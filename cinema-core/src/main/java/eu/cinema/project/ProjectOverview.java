package eu.cinema.project;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
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

    /**
     * How each dated target moved: its running total at the end of each quarter from the project's start to the quarter of
     * its latest achievement or the project's end, whichever is later.
     */
    public Map<TargetCode, List<QuarterTotal>> byQuarter() {
        Project project = project();
        LocalDate first = QuarterTotal.startOf(project.getStartsOn());
        Map<TargetCode, List<QuarterTotal>> moved = new EnumMap<>(TargetCode.class);
        achievements.forEach((code, achievement) -> {
            List<LocalDate> dates = achievement.achievedOn().stream().sorted().toList();
            if (!dates.isEmpty()) {
                LocalDate last = QuarterTotal.startOf(Collections.max(List.of(dates.get(dates.size() - 1), project.getEndsOn())));
                moved.put(code, QuarterTotal.runningTotals(dates, first, last));
            }
        });
        return moved;
    }

    /** Every target; one that no module reports on yet has achieved nothing so far. */
    public List<TargetProgress> targets() {
        return targets.findAllByOrderBySortOrderAsc().stream()
                .map(t -> new TargetProgress(t.getCode(), t.getTarget(),
                        achievements.containsKey(t.getCode()) ? achievements.get(t.getCode()).achieved() : 0))
                .toList();
    }
}
