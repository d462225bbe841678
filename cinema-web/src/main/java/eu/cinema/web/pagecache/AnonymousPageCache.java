package eu.cinema.web.pagecache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import eu.cinema.web.PortalSettings;
import eu.cinema.web.RequestIds;
import eu.cinema.web.i18n.LanguageConfiguration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Keeps the public pages that anonymous visitors see for a few seconds (micro-caching, as an edge
 * cache does it), so that a crowd of visitors costs one rendering per page and language instead of
 * one each.
 * <p>
 * Only pages that would be the same for every anonymous visitor are kept: a GET of a configured page
 * without credentials and without cookies other than the language, answered 200 with HTML, without
 * creating a session or setting a cookie (a page with a form creates a session for its CSRF token,
 * so forms are never shared). The key is the address, the host and the language. A change made
 * through this instance (a successful POST, PUT, PATCH or DELETE by a signed-in person, marked by
 * {@link #MARK_CHANGES}) empties the cache at once, and the other instances' caches within moments
 * ({@link PageCacheBroadcast}); changes made by background jobs show after the time to live.
 * Anonymous posts (a sign-in, a proposal waiting for moderation, a message to a site owner) change
 * no public page, so they cannot be used to empty it.
 * <p>
 * When a page expires, one request renders it again while the others still get the old copy for
 * those milliseconds; when it is missing, concurrent requests for it wait for one rendering.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after request ids, before sessions and security: a hit costs neither
class AnonymousPageCache extends OncePerRequestFilter {

    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The request attribute that says a signed-in person's request reached a controller. */
    static final String SIGNED_IN_CHANGE = AnonymousPageCache.class.getName() + ".signedInChange";

    /**
     * Marks the changing requests of signed-in people, seen where Spring Security's context is still
     * there (inside the security filters, which this filter runs outside of).
     */
    static final HandlerInterceptor MARK_CHANGES = new HandlerInterceptor() {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!CHANGING_METHODS.contains(request.getMethod())) {
                return true; // every page view passes here: it costs a set lookup, nothing more
            }
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
                request.setAttribute(SIGNED_IN_CHANGE, Boolean.TRUE);
            }
            return true;
        }
    };
    /** Headers the container writes per response; a replayed page gets its own. */
    private static final Set<String> PER_RESPONSE_HEADERS = Set.of(HttpHeaders.DATE.toLowerCase(),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.TRANSFER_ENCODING.toLowerCase(),
            RequestIds.HEADER.toLowerCase());
    private static final int LARGEST_KEPT_PAGE = 1024 * 1024;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private final Duration timeToLive;
    private final List<PathPattern> pages;
    private final LocaleResolver locales;
    private final Cache<String, KeptPage> kept;
    private final Map<String, CompletableFuture<KeptPage>> rendering = new ConcurrentHashMap<>();
    /** Counts emptyings, so that a page rendered while a change was saved is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final Ticker clock;
    private final ApplicationEventPublisher events;

    @Autowired
    AnonymousPageCache(PortalSettings settings, LocaleResolver locales, MeterRegistry meters, ApplicationEventPublisher events) {
        this(settings, locales, meters, events, Ticker.systemTicker());
    }

    AnonymousPageCache(PortalSettings settings, LocaleResolver locales, MeterRegistry meters, ApplicationEventPublisher events,
            Ticker clock) {
        PortalSettings.PageCache config = settings.pageCache();
        this.events = events;
        this.clock = clock;
        this.timeToLive = config.timeToLive();
        this.pages = config.pages().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.locales = locales;
        // Expired copies stay a little longer than their time to live, to be served while one request refreshes them.
        this.kept = Caffeine.newBuilder()
                .ticker(clock)
                .maximumWeight(config.maxSize().toBytes())
                .weigher((String key, KeptPage page) -> key.length() + page.body().length)
                .expireAfterWrite(timeToLive.multipliedBy(3))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, kept, "anonymous-pages");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isShareable(request)) {
            chain.doFilter(request, response);
            if (request.getAttribute(SIGNED_IN_CHANGE) != null && response.getStatus() < 400) {
                forgetAll();
                events.publishEvent(new PublicContentChanged());
            }
            return;
        }
        String key = key(request);
        KeptPage page = kept.getIfPresent(key);
        if (page != null && (clock.read() - page.keptAt() < timeToLive.toNanos() || !page.claimRefresh())) {
            page.writeTo(response);
        } else if (page != null) {
            try {
                if (renderAndKeep(key, request, response, chain) == null) {
                    kept.asMap().remove(key, page); // the page is gone or no longer the same for everyone
                }
            } catch (IOException | ServletException | RuntimeException failed) {
                page.releaseRefresh(); // the old copy stays until another request renders it
                throw failed;
            }
        } else {
            renderOnce(key, request, response, chain);
        }
    }

    /** Concurrent requests for a missing page wait for the first one's rendering instead of all rendering it. */
    private void renderOnce(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CompletableFuture<KeptPage> mine = new CompletableFuture<>();
        CompletableFuture<KeptPage> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            KeptPage rendered = await(theirs);
            if (rendered != null) {
                rendered.writeTo(response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        KeptPage rendered = null;
        try {
            rendered = renderAndKeep(key, request, response, chain);
        } finally {
            rendering.remove(key, mine);
            // A rendering kept before its own visitor went away still serves the waiting ones.
            mine.complete(rendered != null ? rendered : kept.getIfPresent(key));
        }
    }

    private KeptPage renderAndKeep(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long renderedIn = generation.get();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorded);
        KeptPage page = isShareable(recorded) && generation.get() == renderedIn ? KeptPage.of(recorded, clock.read()) : null;
        if (page != null) {
            kept.put(key, page); // before the copy, which fails when the visitor has gone
        }
        recorded.copyBodyToResponse();
        return page;
    }

    private static KeptPage await(CompletableFuture<KeptPage> rendering) {
        try {
            return rendering.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException slowOrFailed) {
            return null;
        }
    }

    /** A change by a signed-in person went through this instance (other instances hear of it: {@link PageCacheBroadcast}). */
    record PublicContentChanged() {
    }

    void forgetAll() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }

    private boolean isShareable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || timeToLive.isZero() || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LanguageConfiguration.COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return pages.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static boolean isShareable(ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && !response.containsHeader(HttpHeaders.SET_COOKIE) && response.getContentSize() <= LARGEST_KEPT_PAGE;
    }

    /** A page depends on its address and language; its absolute links on the configured public address alone. */
    private String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + locales.resolveLocale(request).toLanguageTag();
    }

    private record KeptPage(List<String[]> headers, String contentType, Locale language, byte[] body, long keptAt, AtomicBoolean refreshing) {

        static KeptPage of(ContentCachingResponseWrapper response, long keptAt) {
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!PER_RESPONSE_HEADERS.contains(name.toLowerCase()) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
                }
            }
            return new KeptPage(List.copyOf(headers), response.getContentType(), response.getLocale(), response.getContentAsByteArray(),
                    keptAt, new AtomicBoolean());
        }

        /** True for the one request that renders the expired page again. */
        boolean claimRefresh() {
            return refreshing.compareAndSet(false, true);
        }

        void releaseRefresh() {
            refreshing.set(false);
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            response.setLocale(language); // the container keeps Content-Language apart from the other headers
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
