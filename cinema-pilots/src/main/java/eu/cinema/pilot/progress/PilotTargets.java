package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.project.TargetAchievement;
import eu.cinema.project.TargetCode;

/** The project's pilot targets count the pilots of each kind that have started (running or completed), on their start dates. */
@Configuration(proxyBeanMethods = false)
class PilotTargets {

    @Bean
    TargetAchievement crossSectoralCollaborationsStarted(PilotRepository pilots) {
        return started(TargetCode.CROSS_SECTORAL_COLLABORATIONS, PilotKind.CROSS_SECTORAL_COLLABORATION, pilots);
    }

    @Bean
    TargetAchievement supportCentresStarted(PilotRepository pilots) {
        return started(TargetCode.CI_SUPPORT_CENTRES, PilotKind.CI_SUPPORT_CENTRE, pilots);
    }

    private static TargetAchievement started(TargetCode code, PilotKind kind, PilotRepository pilots) {
        return new TargetAchievement() {
            @Override
            public TargetCode code() {
                return code;
            }

            @Override
            public long achieved() {
                return pilots.countStarted(kind);
            }

            @Override
            public List<LocalDate> achievedOn() {
                return pilots.startDatesOfStarted(kind);
            }
        };
    }
}
