package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.pilot.PilotStatus;

/** Milestones, updates and indicator values for each demo pilot, as the project's pilots went. */
@Component
@Profile("demo")
@Order(14)
class DemoProgress implements ApplicationRunner {

    private static final LocalDate PROJECT_END = LocalDate.of(2022, 12, 31);

    private final PilotRepository pilots;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ProgressUpdateRepository updates;

    DemoProgress(PilotRepository pilots, MilestoneRepository milestones, IndicatorRepository indicators,
            IndicatorValueRepository values, ProgressUpdateRepository updates) {
        this.pilots = pilots;
        this.milestones = milestones;
        this.indicators = indicators;
        this.values = values;
        this.updates = updates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Pilot pilot : pilots.findAll()) {
            if (pilot.isDemo() && updates.countByPilotId(pilot.getId()) == 0) {
                story(pilot);
            }
        }
    }

    /**
     * The project's story: concept, opening and evaluation reached within the pilot's dates (all in 2021 and 2022); a
     * pilot still running after the project has one milestone ahead.
     */
    private void story(Pilot pilot) {
        LocalDate start = pilot.getStartsOn();
        LocalDate evaluated = pilot.getStatus() == PilotStatus.RUNNING ? PROJECT_END : pilot.getEndsOn().minusMonths(1);
        Milestone concept = milestones.save(new Milestone(pilot, "Concept agreed with the partners", start.plusMonths(2), 20));
        Milestone opening = milestones.save(new Milestone(pilot, "First activities open to the public", start.plusMonths(6), 40));
        Milestone evaluation = milestones.save(new Milestone(pilot, "Evaluation and lessons learnt", evaluated, 40));
        Indicator startUps = indicators.save(new Indicator(pilot, "Start-ups supported", "start-ups", BigDecimal.ZERO, BigDecimal.valueOf(12)));
        Indicator events = indicators.save(new Indicator(pilot, "Events held", "events", BigDecimal.ZERO, BigDecimal.valueOf(10)));
        reach(pilot, concept, "The partners agreed the concept and the first steps at a kick-off workshop.", Map.of(events, 1));
        reach(pilot, opening, "The first activities opened; local businesses and creatives met for the first time.",
                Map.of(startUps, 4, events, 4));
        updates.save(new ProgressUpdate(pilot, start.plusMonths(7), "Internal note: budget review with the lead partner.", "en", false,
                "demo data", Set.of(), List.of(), null));
        reach(pilot, evaluation, "The partners evaluated the pilot with its users and wrote down what they learnt.",
                Map.of(startUps, 9, events, 10));
        if (pilot.getStatus() == PilotStatus.RUNNING) {
            milestones.save(new Milestone(pilot, "Running on its own income", pilot.getEndsOn().minusMonths(6), 20));
        }
    }

    private void reach(Pilot pilot, Milestone milestone, String narrative, Map<Indicator, Integer> measured) {
        ProgressUpdate update = updates.save(new ProgressUpdate(pilot, milestone.getDueOn(), narrative, "en", true, "demo data",
                Set.of(milestone), List.of(), null));
        milestones.markReached(List.of(milestone.getId()), milestone.getDueOn());
        measured.forEach((indicator, value) -> values.save(new IndicatorValue(indicator, milestone.getDueOn(), BigDecimal.valueOf(value), update)));
    }
}
