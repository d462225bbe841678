package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The anonymous page cache's rules, with a page that counts its renderings and a clock the test moves. */
class AnonymousPageCacheTests {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renderings = new AtomicInteger();
    private final AnonymousPageCache cache = new AnonymousPageCache(
            new PortalSettings(List.of(Locale.ENGLISH), null, null, null, null,
                    new PortalSettings.PageCache(Duration.ofSeconds(10), DataSize.ofMegabytes(1), List.of("/plans", "/plans/*"))),
            new AcceptHeaderLocaleResolver(), new SimpleMeterRegistry(), nanos::get);

    @Test
    void anonymousVisitorsShareOneRenderingPerAddressAndLanguage() throws Exception {
        String first = get("/plans", page("one"));
        String again = get("/plans", page("two"));
        String german = get(request("/plans", "de"), page("drei"));
        String other = get("/plans/2", page("four"));

        assertThat(first).isEqualTo("one");
        assertThat(again).isEqualTo("one");
        assertThat(german).isEqualTo("drei");
        assertThat(other).isEqualTo("four");
        assertThat(renderings).hasValue(3);
    }

    @Test
    void visitorsWithASessionOrCredentialsAndOtherAddressesAreNeverServedAKeptPage() throws Exception {
        get("/plans", page("kept"));
        MockHttpServletRequest withSession = request("/plans", "en");
        withSession.setCookies(new Cookie("CINEMA_SESSION", "abc"));
        MockHttpServletRequest withCredentials = request("/plans", "en");
        withCredentials.addHeader("Authorization", "Basic eDp5");

        assertThat(get(withSession, page("own"))).isEqualTo("own");
        assertThat(get(withCredentials, page("own"))).isEqualTo("own");
        assertThat(get("/account", page("account"))).isEqualTo("account");
        assertThat(get("/account", page("account again"))).isEqualTo("account again");
    }

    @Test
    void onlyPlainHtmlAnswersWithoutCookiesAreKept() throws Exception {
        get("/plans", (request, response) -> {
            page("with a session").doFilter(request, response);
            ((HttpServletResponse) response).addHeader("Set-Cookie", "CINEMA_SESSION=abc");
        });
        get("/plans/1", (request, response) -> ((HttpServletResponse) response).sendError(404));
        get("/plans/2", (request, response) -> {
            response.setContentType("application/pdf");
            response.getOutputStream().write(1);
        });

        assertThat(get("/plans", page("fresh"))).isEqualTo("fresh");
        assertThat(get("/plans/1", page("found"))).isEqualTo("found");
        assertThat(get("/plans/2", page("html"))).isEqualTo("html");
    }

    @Test
    void aChangeThroughTheInstanceEmptiesTheCache() throws Exception {
        get("/plans", page("before"));
        MockHttpServletRequest change = request("/plans/2/edit", "en");
        change.setMethod("POST");
        cache.doFilter(change, new MockHttpServletResponse(), (request, response) -> ((HttpServletResponse) response).setStatus(302));

        assertThat(get("/plans", page("after"))).isEqualTo("after");
    }

    @Test
    void aRefusedChangeLeavesTheCacheAlone() throws Exception {
        get("/plans", page("before"));
        MockHttpServletRequest refused = request("/plans/2/edit", "en");
        refused.setMethod("POST");
        cache.doFilter(refused, new MockHttpServletResponse(), (request, response) -> ((HttpServletResponse) response).setStatus(403));

        assertThat(get("/plans", page("after"))).isEqualTo("before");
    }

    @Test
    void aPageRenderedWhileAChangeWasSavedIsNotKept() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> get("/plans", (request, response) -> {
            rendering.countDown();
            await(changed);
            page("stale").doFilter(request, response);
        }));
        await(rendering);
        cache.forgetAll();
        changed.countDown();

        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("stale");
        assertThat(get("/plans", page("current"))).isEqualTo("current");
    }

    @Test
    void concurrentVisitorsOfAMissingPageWaitForOneRendering() throws Exception {
        CountDownLatch firstRendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> get("/plans", (request, response) -> {
            firstRendering.countDown();
            await(release);
            page("once").doFilter(request, response);
        }));
        await(firstRendering);
        List<CompletableFuture<String>> others = List.of(
                CompletableFuture.supplyAsync(() -> get("/plans", page("again"))),
                CompletableFuture.supplyAsync(() -> get("/plans", page("again"))));
        Thread.sleep(200); // lets the others arrive while the first renders; without the wait they would render too
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("once");
        for (CompletableFuture<String> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("once");
        }
        assertThat(renderings).hasValue(1);
    }

    @Test
    void anExpiredPageIsRenderedAgainByOneVisitorWhileTheOthersGetTheOldCopy() throws Exception {
        get("/plans", page("old"));
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> refresher = CompletableFuture.supplyAsync(() -> get("/plans", (request, response) -> {
            refreshing.countDown();
            await(release);
            page("new").doFilter(request, response);
        }));
        await(refreshing);

        String meanwhile = get("/plans", page("not rendered"));
        release.countDown();

        assertThat(meanwhile).isEqualTo("old");
        assertThat(refresher.get(10, TimeUnit.SECONDS)).isEqualTo("new");
        assertThat(get("/plans", page("not rendered"))).isEqualTo("new");
        assertThat(renderings).hasValue(2);
    }

    private FilterChain page(String body) {
        return (request, response) -> {
            renderings.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(body);
        };
    }

    private String get(String path, FilterChain chain) {
        return get(request(path, "en"), chain);
    }

    private String get(MockHttpServletRequest request, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            cache.doFilter(request, response, chain);
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static MockHttpServletRequest request(String path, String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept-Language", language);
        request.addPreferredLocale(Locale.forLanguageTag(language));
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
