package eu.cinema;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core module's tests boot its beans alone; the real application lives in cinema-web. */
@SpringBootApplication
public class CoreTestApplication {
}
