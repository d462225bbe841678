package eu.cinema.testsupport.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements the portal sends while it serves one request, so that a test can hold a page to a budget
 * (QueryBudgetIntegrationTests). A request marked with {@link #HEADER} is counted on its own thread from the first
 * filter to the last, the session's reads and writes included; statements of other requests and jobs are not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    public static final String HEADER = "X-Test-Count-Statements";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
    private static final Map<String, Integer> COUNTED = new ConcurrentHashMap<>();

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DataSource dataSource) || bean instanceof ProxyDataSource) {
                    return bean;
                }
                return ProxyDataSourceBuilder.create(dataSource).name(beanName).afterQuery((execution, queries) -> {
                    int[] count = CURRENT.get();
                    if (count != null) {
                        count[0] += queries.size();
                    }
                }).build();
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String id = request.getHeader(HEADER);
                if (id == null || id.isBlank()) {
                    chain.doFilter(request, response);
                    return;
                }
                CURRENT.set(new int[1]);
                try {
                    chain.doFilter(request, response);
                } finally {
                    COUNTED.put(id, CURRENT.get()[0]);
                    CURRENT.remove();
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The statements sent for the request marked with this id, once it has been served whole: the client can have
     * its answer before the last filter has finished (the session is saved after the page is written).
     */
    public static int statementsOf(String id) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Integer count = COUNTED.remove(id);
            if (count != null) {
                return count;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The request " + id + " was not counted within " + WAIT);
    }
}
