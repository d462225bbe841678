package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

/** A few months of milestones, updates and indicator values for each demo pilot. */
@Component
@Profile("demo")
@Order(14)
class DemoProgress implements ApplicationRunner {

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
            if (!pilot.isDemo() || updates.countByPilotId(pilot.getId()) > 0) {
                continue;
            }
            LocalDate start = pilot.getStartsOn();
            Milestone concept = milestones.save(new Milestone(pilot, "Concept agreed with the partners", start.plusMonths(2), 20));
            Milestone opening = milestones.save(new Milestone(pilot, "First activities open to the public", start.plusMonths(6), 40));
            milestones.save(new Milestone(pilot, "Evaluation and lessons learnt", start.plusMonths(14), 40));
            Indicator startUps = indicators.save(new Indicator(pilot, "Start-ups supported", "start-ups", BigDecimal.ZERO,
                    BigDecimal.valueOf(12)));
            Indicator events = indicators.save(new Indicator(pilot, "Events held", "events", BigDecimal.ZERO, BigDecimal.valueOf(10)));
            ProgressUpdate first = updates.save(new ProgressUpdate(pilot, start.plusMonths(2),
                    "The partners agreed the concept and the first steps at a kick-off workshop.", "en", true,
                    "demo data", Set.of(concept), List.of(), null));
            milestones.markReached(List.of(concept.getId()), start.plusMonths(2));
            values.save(new IndicatorValue(events, start.plusMonths(2), BigDecimal.ONE, first));
            if (pilot.getStatus() != PilotStatus.PLANNED) {
                ProgressUpdate second = updates.save(new ProgressUpdate(pilot, start.plusMonths(6),
                        "The first activities opened; local businesses and creatives met for the first time.", "en", true,
                        "demo data", Set.of(opening), List.of(), null));
                milestones.markReached(List.of(opening.getId()), start.plusMonths(6));
                values.save(new IndicatorValue(startUps, start.plusMonths(6), BigDecimal.valueOf(4), second));
                values.save(new IndicatorValue(events, start.plusMonths(6), BigDecimal.valueOf(4), second));
                updates.save(new ProgressUpdate(pilot, start.plusMonths(7), "Internal note: budget review with the lead partner.",
                        "en", false, "demo data", Set.of(), List.of(), null));
            }
        }
    }
}
