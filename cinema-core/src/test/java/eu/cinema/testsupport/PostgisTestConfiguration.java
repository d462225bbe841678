package eu.cinema.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the application context at this run's {@link TestDatabase}. */
@TestConfiguration(proxyBeanMethods = false)
public class PostgisTestConfiguration {

    @Bean
    static DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            TestDatabase database = TestDatabase.get();
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", database::password);
        };
    }
}
