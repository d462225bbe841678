package eu.cinema;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import eu.cinema.pilot.PilotCompletion;
import eu.cinema.translation.TranslationLanguages;

/** The core module's tests boot its beans alone; the real application lives in cinema-web. */
@SpringBootApplication
public class CoreTestApplication {

    /** Milestones live in cinema-pilots, which answers this in the application; core alone knows of none. */
    @Bean
    PilotCompletion noMilestones() {
        return pilotId -> List.of();
    }

    /** The interface languages come from cinema-web's settings; core's tests translate into two. */
    @Bean
    TranslationLanguages twoLanguages() {
        return () -> List.of("en", "de");
    }
}
