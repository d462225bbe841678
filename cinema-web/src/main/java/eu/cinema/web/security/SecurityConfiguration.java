package eu.cinema.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import eu.cinema.web.OpenDataPaths;
import eu.cinema.web.PortalSettings;

/**
 * Deny by default: every public path is opened here by name, so a new feature's pages stay
 * private until someone decides otherwise. Ownership rules are checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline script or style anywhere; images may also come from the configured map tile server, and the place
     * search may also ask the configured external geocoder.
     */
    static String contentSecurityPolicy(PortalSettings settings) {
        String tiles = settings.map().tileOrigin();
        String geocoder = settings.map().geocoderOrigin();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self'; connect-src 'self'"
                + (geocoder.isEmpty() ? "" : " " + geocoder) + "; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static final String LOGIN = "/login";
    /** What anyone may read, with GET or HEAD: the public pages and the open data. */
    private static final String[] PUBLIC_READS = {"/", "/partners", "/partners/*", LOGIN, "/map", "/map/*",
        "/sites/*", "/sites/*/photos/*", "/actors/*", "/api/layers/**", "/api/places/**", "/ogcapi", "/ogcapi/**",
        "/tiles/**", "/pilots", "/pilots/*", "/pilots/*/updates/*/evidence/*", "/dashboard", "/plans", "/plans/*",
        "/plans/*/versions/*", "/plans/*/compare", "/plans/*/plan.pdf", "/plans/*/versions/*/plan.pdf", "/plans/*/consultation",
        "/plans/*/consultation.json",
        "/recommendations", "/recommendations/*", "/recommendations/*/brief.pdf",
        "/toolkit", "/toolkit/*", "/toolkit/*/files/*", "/search", "/network", "/match", "/open-data", "/catalog",
        "/catalog.*", "/privacy", "/legal-notice", "/contact", "/accessibility"};
    private static final String EMAIL_PARAMETER = "username";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, PortalSettings settings,
            SessionRegistry sessionRegistry, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/sites/new", "/actors/new", "/sites/import", "/sites/import/**", "/pilots/new",
                                "/plans/new", "/toolkit/new")
                        .authenticated()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/data/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/actuator/prometheus").access((authentication, context) ->
                                new AuthorizationDecision(presentsMetricsToken(context.getRequest(), settings.metricsToken())))
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                        .requestMatchers("/sites/propose", "/match/contact/*", "/match/contact/*/sent", "/accessibility", "/account/forgot",
                                "/account/password/*").permitAll()
                        .requestMatchers("/follow", "/follow/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/plans/*/consultation/comments", "/plans/*/consultation/comments/*/report",
                                "/plans/*/consultation/actions/*/support").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // Mail programs unsubscribe with a bare POST (RFC 8058); the link's secret is what authorises it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/follow/unsubscribe/*")))
                .cors(Customizer.withDefaults())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .usernameParameter(EMAIL_PARAMETER)
                        .successHandler(new ThrottleResettingSuccessHandler(throttle))
                        .failureHandler(new ThrottleCountingFailureHandler(throttle))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        // Unlimited sessions per person, registered so that the account module can end them (SessionEnding).
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl(LOGIN + "?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                // A scraper without the right token is told so (401), not sent to a sign-in page it cannot use.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.pathPattern("/actuator/**"))
                        .defaultAuthenticationEntryPointFor((request, response, refused) -> response.sendError(
                                HttpStatus.NOT_FOUND.value()), new UnknownAddresses(pages)))
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Any origin may read the open data (preflight answered, before any sign-in is asked for), never with credentials,
     * so that no visitor's session is ever used across origins.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration anyone = new CorsConfiguration();
        anyone.addAllowedOrigin(CorsConfiguration.ALL);
        anyone.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.OPTIONS.name()));
        anyone.addAllowedHeader(CorsConfiguration.ALL);
        anyone.setAllowCredentials(false);
        anyone.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource openData = new UrlBasedCorsConfigurationSource();
        OpenDataPaths.PATTERNS.forEach(path -> openData.registerCorsConfiguration(path, anyone));
        return openData;
    }

    /** Prometheus presents the configured token; without one configured, nobody reads the metrics. */
    private static boolean presentsMetricsToken(HttpServletRequest request, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        String given = request.getHeader("Authorization");
        return given != null && MessageDigest.isEqual(("Bearer " + token).getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** Turns a throttled sign-in away before the password is even checked. */
    private static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !(HttpMethod.POST.matches(request.getMethod()) && LOGIN.equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.isBlocked(request.getParameter(EMAIL_PARAMETER), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?throttled");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static final class ThrottleCountingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

        private final LoginThrottle throttle;

        ThrottleCountingFailureHandler(LoginThrottle throttle) {
            super(LOGIN + "?error");
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) throws IOException, ServletException {
            throttle.recordFailure(request.getParameter(EMAIL_PARAMETER), request.getRemoteAddr());
            super.onAuthenticationFailure(request, response, exception);
        }
    }

    private static final class ThrottleResettingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LoginThrottle throttle;

        ThrottleResettingSuccessHandler(LoginThrottle throttle) {
            this.throttle = throttle;
            setDefaultTargetUrl("/workspace");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.Authentication authentication) throws IOException, ServletException {
            throttle.recordSuccess(request.getParameter(EMAIL_PARAMETER), request.getRemoteAddr());
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
