package nl.uitzicht.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Debian's Chromium driven by Playwright, headless, with the flags this machine needs.
 * <p>
 * One browser per test JVM (starting Chromium costs seconds): {@link #launch()} hands a test class
 * a lease on it; each page gets a fresh browser context (own cookies and storage), and
 * {@link #close()} closes the lease's contexts, not the browser, which ends with the JVM.
 * <p>
 * Playwright's objects belong to the thread that made them, so a test that drives browsers from
 * several threads at once gives each thread a browser of its own ({@link #launchOwn()}).
 */
public final class Chromium implements AutoCloseable {

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** The browser of a lease from {@link #launchOwn()} (null: the JVM's shared one). */
    private final @Nullable Playwright ownPlaywright;

    private final @Nullable Browser ownBrowser;

    /** Generous waits: the suite also runs on busy two-core machines; nothing here asserts speed. */
    static final double TIMEOUT_MS = 30_000;

    private Chromium(@Nullable Playwright ownPlaywright, @Nullable Browser ownBrowser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        this.ownPlaywright = ownPlaywright;
        this.ownBrowser = ownBrowser;
    }

    /** A lease on the JVM's browser, started on first use. */
    public static Chromium launch() {
        return new Chromium(null, null);
    }

    /**
     * A browser of its own, started now and used only from the calling thread; {@link #close()}
     * ends it.
     */
    public static Chromium launchOwn() {
        Playwright started = ownPlaywright();
        return new Chromium(started, launchOn(started));
    }

    private static synchronized Browser browser() {
        if (browser == null || !browser.isConnected()) {
            Playwright started = ownPlaywright();
            browser = launchOn(started);
            playwright = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "close-playwright"));
        }
        return browser;
    }

    /**
     * Starts Debian's Chromium, headless with this machine's flags, on a Playwright of the caller's own: for
     * a test that drives browsers from a thread of its own (Playwright objects are not thread-safe, so such a
     * thread must not share the JVM's browser of {@link #launch()}).
     */
    public static Browser launchOn(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A new Playwright (its own driver process), for {@link #launchOn}. */
    public static Playwright ownPlaywright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A fresh page (own cookies) at laptop size. */
    public Page laptop() {
        return page(new Browser.NewContextOptions().setViewportSize(1366, 800));
    }

    /** A fresh page (own cookies) at phone size. */
    public Page phone() {
        return page(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private Page page(Browser.NewContextOptions options) {
        BrowserContext context = (ownBrowser != null ? ownBrowser : browser()).newContext(options);
        contexts.add(context);
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        return context.newPage();
    }

    /** Logs in with the login form and waits for the shell. */
    public static void logIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** Closes the pages of this lease; the shared browser stays for the next test class, an own one ends. */
    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        if (ownPlaywright != null) {
            ownPlaywright.close();
        }
    }
}
