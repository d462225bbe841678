package eu.cinema.web.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import eu.cinema.web.PortalSettings;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The anonymous page cache's rules, with a page that counts its renderings and a clock the test moves. */
class AnonymousPageCacheTests {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renderings = new AtomicInteger();
    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final AnonymousPageCache cache = new AnonymousPageCache(
            new PortalSettings(List.of(Locale.ENGLISH), null, null, null, null,
                    new PortalSettings.PageCache(Duration.ofSeconds(10), DataSize.ofMegabytes(1), List.of("/plans", "/plans/*")), null),
            new AcceptHeaderLocaleResolver(), new SimpleMeterRegistry(), published::add, nanos::get);

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

    @ParameterizedTest(name = "a POST answered {0}, signed in: {1}, leaves the page {2}")
    @CsvSource({"302, true, after", "200, true, after", "403, true, before", "409, true, before", "302, false, before",
            "200, false, before"})
    void aChangeBySomeoneSignedInEmptiesTheCacheARefusedOrAnonymousOneDoesNot(int status, boolean signedIn,
            String servedAfterwards) throws Exception {
        get("/plans", page("before"));
        MockHttpServletRequest change = request("/plans/2/edit", "en");
        change.setMethod("POST");
        cache.doFilter(change, new MockHttpServletResponse(), (request, response) -> {
            if (signedIn) {
                request.setAttribute(AnonymousPageCache.SIGNED_IN_CHANGE, Boolean.TRUE);
            }
            ((HttpServletResponse) response).setStatus(status);
        });

        assertThat(get("/plans", page("after"))).isEqualTo(servedAfterwards);
        assertThat(published).as("the other instances are told").hasSize(servedAfterwards.equals("after") ? 1 : 0);
    }

    @Test
    void aPageRenderedWhileAChangeWasSavedIsNotKept() throws Exception {
        HeldRendering slow = new HeldRendering("stale");
        cache.forgetAll();

        assertThat(slow.finish()).isEqualTo("stale");
        assertThat(get("/plans", page("current"))).isEqualTo("current");
    }

    @Test
    void concurrentVisitorsOfAMissingPageWaitForOneRendering() throws Exception {
        HeldRendering first = new HeldRendering("once");
        List<CompletableFuture<String>> others = List.of(
                CompletableFuture.supplyAsync(() -> get("/plans", page("again"))),
                CompletableFuture.supplyAsync(() -> get("/plans", page("again"))));
        Thread.sleep(200); // lets the others arrive while the first renders; without the wait they would render too

        assertThat(first.finish()).isEqualTo("once");
        for (CompletableFuture<String> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("once");
        }
        assertThat(renderings).hasValue(1);
    }

    @Test
    void anExpiredPageIsRenderedAgainByOneVisitorWhileTheOthersGetTheOldCopy() throws Exception {
        get("/plans", page("old"));
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        HeldRendering refresher = new HeldRendering("new");

        String meanwhile = get("/plans", page("not rendered"));

        assertThat(meanwhile).isEqualTo("old");
        assertThat(refresher.finish()).isEqualTo("new");
        assertThat(get("/plans", page("not rendered"))).isEqualTo("new");
        assertThat(renderings).hasValue(2);
    }

    @Test
    void aRefreshThatFailsLeavesTheOldCopyAndTheNextVisitorRefreshes() {
        get("/plans", page("old"));
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());

        assertThatThrownBy(() -> get("/plans", (request, response) -> {
            throw new IOException("the visitor went away");
        })).hasRootCauseMessage("the visitor went away");
        assertThat(get("/plans", page("new"))).isEqualTo("new");
        assertThat(get("/plans", page("not rendered"))).isEqualTo("new");
    }

    @Test
    void aPageRenderedForAVisitorWhoWentAwayIsStillKept() {
        MockHttpServletResponse gone = new MockHttpServletResponse();
        gone.setOutputStreamAccessAllowed(false); // the answer can no longer be written

        assertThatThrownBy(() -> cache.doFilter(request("/plans", "en"), gone, page("kept"))).isInstanceOf(IllegalStateException.class);
        assertThat(get("/plans", page("not rendered"))).isEqualTo("kept");
    }

    /** A GET of /plans whose rendering has begun and goes on only when the test lets it finish. */
    private final class HeldRendering {

        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<String> answer;

        HeldRendering(String body) {
            CountDownLatch started = new CountDownLatch(1);
            answer = CompletableFuture.supplyAsync(() -> get("/plans", (request, response) -> {
                started.countDown();
                await(release);
                page(body).doFilter(request, response);
            }));
            await(started);
        }

        String finish() throws Exception {
            release.countDown();
            return answer.get(10, TimeUnit.SECONDS);
        }
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
