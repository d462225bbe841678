package eu.cinema.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core's WCAG 2.1 A and AA checks and a
 * screenshot of every page checked (under target/screenshots, for people to look at). One Chromium serves
 * every browser test of the run, since it takes seconds to start on two cores: each test class gets it
 * ({@link #forPortal}) with no cookies or storage, on a blank page, and hands it back with {@link #close}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension WINDOW = new Dimension(1280, 1000);

    private static Browser shared;

    private static final String CODE_SNIFFER = codeSniffer();

    private final ChromeDriver driver;
    private final String base;

    /** The run's browser, for the portal listening on {@code port}, as a new visitor would have it. */
    public static synchronized Browser forPortal(int port) {
        if (shared == null || !shared.base.equals(base(port))) {
            if (shared != null) {
                shared.driver.quit();
            }
            shared = new Browser(port);
            Browser started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started.driver::quit));
        }
        shared.forgetVisitor();
        return shared;
    }

    private Browser(int port) {
        String chromium = System.getenv().getOrDefault("CINEMA_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CINEMA_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium at " + chromium + " and its driver at "
                    + chromedriver + " (Debian: apt-get install chromium chromium-driver; or set CINEMA_CHROMIUM and"
                    + " CINEMA_CHROMEDRIVER)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = base(port);
    }

    private static String codeSniffer() {
        try (var in = Browser.class.getResourceAsStream("/htmlcs/HTMLCS.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException("HTML_CodeSniffer is missing from the test resources", unreadable);
        }
    }

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    /** No cookies (so no session or language), nothing stored, the usual window, a blank page. */
    private void forgetVisitor() {
        // Cookies and storage are cleared for the page shown, so show one of the portal's: its stylesheet.
        driver.get(base + "/css/portal.css");
        driver.manage().deleteAllCookies();
        driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.manage().window().setSize(WINDOW);
        driver.get("about:blank");
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in with a demo account's password, through the sign-in page. */
    public void signIn(String email) {
        open("/login?lang=en");
        find("#username").sendKeys(email);
        find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        navigateByClicking("form[action='/login'] button");
    }

    /** A page of another site: another origin than the portal's. */
    public void openElsewhere(String url) {
        driver.get(url);
    }

    /** Runs a script that reports its result by calling its last argument, and returns that result. */
    public Object runAsync(String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return driver.executeAsyncScript(script, arguments);
    }

    /** The window's width in CSS pixels, as a phone or a desktop has it. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** How wide an element's content is: wider than the window means it scrolls sideways. */
    public long scrollWidthOf(String cssSelector) {
        return ((Number) driver.executeScript("return arguments[0].scrollWidth;", find(cssSelector))).longValue();
    }

    public long windowWidth() {
        return ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
    }

    /** Opens the language menu and follows one of its languages, as a visitor does. */
    public void chooseLanguage(String code) {
        find(".languages summary").click();
        navigateByClicking(".languages a[hreflang='" + code + "']");
    }

    /** The innermost elements that reach past the window's right edge, to say what makes a page too wide. */
    public String overflowing() {
        return String.valueOf(driver.executeScript("""
                const shown = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > shown + 0.5)
                    .filter((e, i, all) => !all.some(other => other !== e && e.contains(other)))
                    .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join('; ');"""));
    }

    /** How wide the page is: wider than the window means it scrolls sideways. */
    public long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    public void navigateByClicking(String cssSelector) {
        navigateByClicking(find(cssSelector));
    }

    public void navigateByClicking(WebElement element) {
        // A mark on the old page's window; the new page's window does not have it. Checking a script value
        // rather than an old element avoids the driver's errors about nodes of a document being replaced.
        driver.executeScript("window.cinemaOldPage = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.cinemaOldPage !== true && document.readyState === 'complete';")));
    }

    /** Fills a date input with an ISO date, as its picker would, whatever order the browser's locale shows. */
    public void setDate(WebElement input, java.time.LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String htmlLang() {
        return find("html").getAttribute("lang");
    }

    /** Runs axe-core on the current page and fails with every violation listed; keeps a screenshot. */
    public void assertAccessible(String pageName) {
        screenshot(pageName);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(codeSnifferErrors()).as("HTML_CodeSniffer (WCAG2AA) errors on " + driver.getCurrentUrl()).isEmpty();
    }

    /**
     * The errors HTML_CodeSniffer finds with its WCAG2AA standard, the second engine beside axe-core: they disagree
     * often enough that one is not enough. Its check of input purposes (1.3.5) is left out: version 2.5.1 fails on
     * autocomplete tokens it does not know (current-password), and axe-core's autocomplete-valid checks the same.
     */
    @SuppressWarnings("unchecked")
    public List<String> codeSnifferErrors() {
        driver.executeScript(CODE_SNIFFER);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                HTMLCS_WCAG2AA.sniffs[0].include = HTMLCS_WCAG2AA.sniffs[0].include
                    .filter(sniff => sniff !== 'Principle1.Guideline1_3.1_3_5');
                HTMLCS.process('WCAG2AA', document, () => done(HTMLCS.getMessages()
                    .filter(message => message.type === HTMLCS.ERROR)
                    .map(message => message.code + ': ' + message.msg + ' at '
                        + (message.element.outerHTML || message.element.nodeName || '').substring(0, 160))));""");
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands the browser back for the next test class; it quits when the run's JVM ends. */
    @Override
    public void close() {
        forgetVisitor();
    }
}
