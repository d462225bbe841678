package eu.cinema.mapping.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * OGC API clients, the OGC's own test suite among them, ask for {@code /ogcapi/} and
 * {@code /ogcapi/collections/sites/}: every resource of the API answers with and without a trailing slash, the
 * same, ahead of the security rules and the controllers, which see the path without it.
 */
@Configuration(proxyBeanMethods = false)
class OgcApiPaths {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> ogcApiTrailingSlashes() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/ogcapi/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
