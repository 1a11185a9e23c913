package nl.uitzicht.faults;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.e2e.Chromium;

/**
 * Staff members in real browsers (Chromium through Playwright), each logged in as themselves in a browser
 * context of their own, on the "Stem van de leerling" tab of their own plan: every 1.5 to 3 s after the last answer, as a busy person
 * would, each types a text of its own into the field and clicks Opslaan, and notes what the SCREEN said:
 * the success notice (with the change number it names), the outage notice, the conflict banner, a raw
 * Vaadin error (its system error, "Invalid JSON response from server", the reconnect state), any other
 * notice, or nothing. After an outage notice they click Opslaan again with the text still in the field (a
 * retry, as a person does); after a conflict they reload, as the banner asks.
 * <p>
 * Times are the browser's own: a script in each page notes when the click happened and when each answer
 * appeared ({@code Date.now()}), so a slow test thread cannot stretch a measured wait. Playwright objects
 * are not thread-safe: this class has a Playwright and a Chromium of its own, and one thread at a time
 * drives all its pages (the one of the current run, or the test's thread between runs).
 */
final class BrowserStaff implements AutoCloseable {

    /** The issue's bound: every click answered on screen within 5 s (a figure; the assertion uses the hang guard). */
    static final long ANSWER_MILLIS = 5_000;

    /** What the screen said after a click on Opslaan. */
    enum Screen {
        /** "Opgeslagen als wijziging N van versie M". */
        CONFIRMED,
        /** The database is unavailable, nothing saved, the text is still there, try again. */
        TOLD_UNAVAILABLE,
        /** Someone (the user's own earlier click) saved first: the conflict banner. */
        TOLD_CONFLICT,
        /** Vaadin's own error (system error, "Invalid JSON", reconnecting): not Dutch, not the truth. */
        RAW_ERROR,
        /** Any other message, or the editor gone: not told the truth. */
        NOT_TOLD,
        /** No answer within the hang guard. */
        UNANSWERED
    }

    /**
     * One click: who, with which text, when (nanoTime of the test JVM), how long until the first answer
     * appeared (ms, the browser's clock), what it said, the change number a confirmation named (-1 if none),
     * and whether the typed text was still in the field when the answer came.
     */
    record Click(
            String user,
            UUID oppId,
            String text,
            long startedNanos,
            long waitedMillis,
            Screen screen,
            long change,
            String said,
            boolean textKept,
            boolean retry) {

        long endedNanos() {
            return startedNanos + waitedMillis * 1_000_000;
        }

        boolean failed() {
            return screen != Screen.CONFIRMED;
        }
    }

    static final Pattern SAVED_AS = Pattern.compile("wijziging (\\d+) van versie (\\d+)");

    /**
     * Installed in every page of the staff's contexts: notes the time of each click on Opslaan and the time
     * each possible answer first appeared (a notification card, the conflict banner, Vaadin's system error,
     * Vaadin's reconnecting state); {@code __faults.probe()} returns the answers that appeared after the last
     * click, the field's text and whether the editor is still on screen.
     */
    static final String PROBE = """
            (() => {
              if (window.__faults) return;
              const f = window.__faults = { clickedAt: 0, reconnectingAt: 0 };
              document.addEventListener('click', e => {
                if (e.composedPath().some(n => n && n.id === 'pupil-view-save')) f.clickedAt = Date.now();
              }, true);
              const cards = () => {
                const out = [];
                document.querySelectorAll('vaadin-notification-container').forEach(c => {
                  c.querySelectorAll('vaadin-notification-card').forEach(x => out.push(x));
                  if (c.shadowRoot) c.shadowRoot.querySelectorAll('vaadin-notification-card').forEach(x => out.push(x));
                });
                document.querySelectorAll('body > vaadin-notification-card').forEach(x => out.push(x));
                return out;
              };
              f.mark = () => {
                const now = Date.now();
                cards().forEach(c => { if (!c.__seenAt) c.__seenAt = now; });
                document.querySelectorAll('.v-system-error').forEach(c => { if (!c.__seenAt) c.__seenAt = now; });
                const b = document.getElementById('opp-conflict');
                if (b) { if (b.hasAttribute('hidden')) b.__seenAt = 0; else if (!b.__seenAt) b.__seenAt = now; }
                const state = window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;
                // the start of the latest reconnecting episode stays noted after it ended
                if (state === 'reconnecting' || state === 'connection-lost') {
                  if (!f.reconnecting) { f.reconnecting = true; f.reconnectingAt = now; f.reconnectState = state; }
                } else {
                  f.reconnecting = false;
                }
              };
              f.probe = () => {
                f.mark();
                const after = f.clickedAt;
                const answers = [];
                if (after > 0) {
                  cards().forEach(c => {
                    if (c.__seenAt >= after) {
                      const theme = c.getAttribute('theme') || '';
                      answers.push({ kind: theme.includes('success') ? 'success' : theme.includes('error') ? 'error' : 'notice',
                                     text: (c.textContent || '').trim(), at: c.__seenAt - after });
                    }
                  });
                  document.querySelectorAll('.v-system-error').forEach(c => {
                    if (c.__seenAt >= after) answers.push({ kind: 'system', text: (c.textContent || '').trim(), at: c.__seenAt - after });
                  });
                  const b = document.getElementById('opp-conflict');
                  if (b && b.__seenAt >= after) answers.push({ kind: 'conflict', text: (b.textContent || '').trim(), at: b.__seenAt - after });
                  if (f.reconnectingAt >= after) answers.push({ kind: 'system', text: 'Vaadin: ' + f.reconnectState, at: f.reconnectingAt - after });
                }
                const field = document.querySelector('#pupil-view textarea');
                return { clickedAt: after, since: after > 0 ? Date.now() - after : -1, answers,
                         field: field ? field.value : null, editor: !!field,
                         conflict: !!document.querySelector('#opp-conflict:not([hidden])'),
                         page: (document.body ? document.body.innerText : '').slice(0, 300) };
              };
              const start = () => {
                new MutationObserver(f.mark).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'opened'] });
                setInterval(f.mark, 50);
              };
              if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
            })();
            """;

    /** One staff member in a browser context of their own. */
    static final class User {
        final String email;
        final UUID oppId;
        final BrowserContext context;
        final Page page;
        int counter;
        String openText;
        long openSince;
        boolean openRetry;
        Screen last;
        String lastText = "";
        long nextAtNanos;
        boolean reopen;

        User(String email, UUID oppId, BrowserContext context) {
            this.email = email;
            this.oppId = oppId;
            this.context = context;
            this.page = context.newPage();
            page.onDialog(dialog -> dialog.accept());
        }
    }

    private final Playwright playwright;
    private final Browser browser;
    private final String base;
    final List<User> users = new ArrayList<>();
    final List<Click> clicks = new CopyOnWriteArrayList<>();
    /** Things that went wrong in driving the browser itself (not answers), for the reader of the log. */
    final List<String> incidents = new CopyOnWriteArrayList<>();
    /** The editor gone without a click, and tries to open the plan again that failed (reported, not asserted). */
    final List<String> reopenFailures = new CopyOnWriteArrayList<>();

    private volatile boolean stop;
    private volatile long hangGuardMillis;
    private Thread thread;
    private boolean outageShot;

    /** Starts a Chromium of its own and logs each member in, on their own plan's "Stem van de leerling" tab. */
    BrowserStaff(int port, Map<String, UUID> plans) {
        this.base = "http://localhost:" + port;
        this.playwright = Chromium.ownPlaywright();
        this.browser = Chromium.launchOn(playwright);
        plans.forEach((email, oppId) -> {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800));
            context.setDefaultTimeout(20_000);
            context.setDefaultNavigationTimeout(20_000);
            context.addInitScript(PROBE);
            User user = new User(email, oppId, context);
            users.add(user);
            Chromium.logIn(user.page, base, email, FaultyApp.PASSWORD);
            user.page.locator("#current-user").waitFor();
            openPlan(user);
        });
    }

    /** Starts the clicking of one run, each text marked with {@code run}. */
    void start(String run, long hangGuardMillis) {
        stop = false;
        clicks.clear();
        incidents.clear();
        reopenFailures.clear();
        this.hangGuardMillis = hangGuardMillis;
        thread = Thread.ofPlatform().name("browser-staff").start(() -> drive(run));
    }

    /** Asks the users to stop after their clicks under way are answered (or the hang guard passes). */
    void stop(long millis) throws InterruptedException {
        stop = true;
        thread.join(millis);
        if (thread.isAlive()) {
            incidents.add("the browser staff's thread did not end within " + millis + " ms");
        }
    }

    /** Whether every user had a click confirmed that started at or after {@code sinceNanos}. */
    boolean allConfirmedAfter(long sinceNanos) {
        return users.stream()
                .allMatch(u -> clicks.stream()
                        .anyMatch(c -> c.user().equals(u.email)
                                && c.screen() == Screen.CONFIRMED
                                && c.startedNanos() >= sinceNanos));
    }

    private void drive(String run) {
        long now = System.nanoTime();
        for (User u : users) {
            u.nextAtNanos = now + ThreadLocalRandom.current().nextLong(0, 1_500) * 1_000_000;
            u.last = null;
        }
        while (true) {
            boolean open = false;
            for (User u : users) {
                try {
                    step(u, run);
                } catch (PlaywrightException e) {
                    String message = String.join(
                            " ", e.getMessage().lines().map(String::strip).toList());
                    incidents.add(u.email + ": " + message.substring(0, Math.min(400, message.length())));
                    if (u.openText == null) {
                        u.reopen = true;
                        u.nextAtNanos = System.nanoTime() + 1_000_000_000L;
                    }
                }
                open |= u.openText != null;
            }
            if (stop && !open) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void step(User u, String run) {
        if (u.openText != null) {
            poll(u);
            return;
        }
        if (stop || System.nanoTime() < u.nextAtNanos) {
            return;
        }
        if (u.reopen) {
            try {
                openPlan(u);
            } catch (PlaywrightException notYet) {
                // during an outage the plan cannot be opened: noted, tried again a second later
                reopenFailures.add(u.email + ": could not open the plan again ("
                        + notYet.getMessage().lines().findFirst().orElse("") + ")");
                u.nextAtNanos = System.nanoTime() + 1_000_000_000L;
            }
            return;
        }
        Map<?, ?> screen = probe(u);
        if (screen == null || !Boolean.TRUE.equals(screen.get("editor"))) {
            reopenFailures.add(u.email + ": the editor was gone without a click; the page said: "
                    + (screen == null
                            ? "(no page)"
                            : String.valueOf(screen.get("page")).replace('\n', ' ')));
            u.reopen = true;
            return;
        }
        if (Boolean.TRUE.equals(screen.get("conflict"))) {
            // as the banner asks: load the plan again (it fails during an outage; then again later)
            u.page.locator("#opp-reload").click(new Locator.ClickOptions().setTimeout(3_000));
            u.nextAtNanos = System.nanoTime() + 1_000_000_000L;
            return;
        }
        boolean retry = u.last == Screen.TOLD_UNAVAILABLE && u.lastText.equals(screen.get("field"));
        String text =
                retry ? u.lastText : run + " / " + u.email + " browser #" + (++u.counter) + " " + UUID.randomUUID();
        if (!retry) {
            u.page.locator("#pupil-view textarea").fill(text, new Locator.FillOptions().setTimeout(3_000));
        }
        u.page.evaluate("() => { window.__faults.clickedAt = 0; }");
        long started = System.nanoTime();
        u.page.locator("#pupil-view-save").click(new Locator.ClickOptions().setTimeout(3_000));
        u.openText = text;
        u.openSince = started;
        u.openRetry = retry;
    }

    /** Looks at the screen of a click under way; records the click once an answer appeared or the guard passed. */
    private void poll(User u) {
        Map<?, ?> screen = probe(u);
        long javaWaited = (System.nanoTime() - u.openSince) / 1_000_000;
        if (screen == null) {
            if (javaWaited > hangGuardMillis) {
                record(u, Screen.UNANSWERED, javaWaited, -1, "no page", false);
            }
            return;
        }
        long since = ((Number) screen.get("since")).longValue();
        long waited = since < 0 ? javaWaited : since;
        List<?> answers = (List<?>) screen.get("answers");
        boolean kept = u.openText.equals(screen.get("field"));
        if (!answers.isEmpty()) {
            Map<?, ?> first = (Map<?, ?>)
                    answers.stream().min((a, b) -> Long.compare(at(a), at(b))).orElseThrow();
            String kind = (String) first.get("kind");
            String said = (String) first.get("text");
            boolean raw = answers.stream().anyMatch(a -> "system".equals(((Map<?, ?>) a).get("kind")));
            long change = -1;
            Screen outcome;
            if (raw || kind.equals("system") || said.contains("Invalid JSON") || said.contains("Internal error")) {
                outcome = Screen.RAW_ERROR;
                if (raw && !kind.equals("system")) {
                    said = answers.stream()
                            .map(a -> (String) ((Map<?, ?>) a).get("text"))
                            .filter(t -> t.startsWith("Vaadin") || !t.isBlank())
                            .reduce((a, b) -> a + " | " + b)
                            .orElse(said);
                }
            } else if (kind.equals("success")) {
                Matcher m = SAVED_AS.matcher(said);
                outcome = Screen.CONFIRMED;
                change = m.find() ? Long.parseLong(m.group(1)) : -1;
            } else if (kind.equals("conflict") || said.contains("intussen gewijzigd")) {
                outcome = Screen.TOLD_CONFLICT;
            } else if (said.contains("niet bereikbaar")) {
                outcome = Screen.TOLD_UNAVAILABLE;
            } else {
                outcome = Screen.NOT_TOLD;
            }
            record(u, outcome, at(first), change, said, kept);
            if (outcome == Screen.TOLD_UNAVAILABLE && !outageShot) {
                outageShot = true;
                Chromium.screenshot(u.page, "faults-browser-staff-outage");
            }
            if (outcome == Screen.RAW_ERROR || outcome == Screen.NOT_TOLD) {
                u.reopen = true;
            }
        } else if (!Boolean.TRUE.equals(screen.get("editor"))) {
            record(u, Screen.NOT_TOLD, waited, -1, "left the editor: " + screen.get("page"), false);
            u.reopen = true;
        } else if (waited > hangGuardMillis) {
            record(u, Screen.UNANSWERED, waited, -1, "", kept);
            u.reopen = true;
        }
    }

    private static long at(Object answer) {
        return ((Number) ((Map<?, ?>) answer).get("at")).longValue();
    }

    private void record(User u, Screen screen, long waited, long change, String said, boolean kept) {
        clicks.add(
                new Click(u.email, u.oppId, u.openText, u.openSince, waited, screen, change, said, kept, u.openRetry));
        u.last = screen;
        u.lastText = u.openText;
        u.openText = null;
        u.nextAtNanos = System.nanoTime() + ThreadLocalRandom.current().nextLong(1_500, 3_000) * 1_000_000;
    }

    private static Map<?, ?> probe(User u) {
        Object result = u.page.evaluate("() => window.__faults ? window.__faults.probe() : null");
        return result instanceof Map<?, ?> map ? map : null;
    }

    /** Opens the user's plan on the "Stem van de leerling" tab (logging in again if the session is gone). */
    private void openPlan(User u) {
        try {
            u.page.evaluate("() => { window.uitzichtUnsaved = false; }");
        } catch (PlaywrightException gone) {
            // a page without the app
        }
        u.page.navigate(base + "/opp/plan/" + u.oppId);
        if (u.page.url().contains("/login")) {
            Chromium.logIn(u.page, base, u.email, FaultyApp.PASSWORD);
            u.page.locator("#current-user").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            u.page.navigate(base + "/opp/plan/" + u.oppId);
        }
        u.page.locator("vaadin-tab")
                .getByText("Stem van de leerling", new Locator.GetByTextOptions().setExact(true))
                .click(new Locator.ClickOptions().setTimeout(8_000));
        u.page.locator("#pupil-view textarea")
                .waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(8_000));
        u.reopen = false;
    }

    @Override
    public void close() {
        try {
            users.forEach(u -> u.context.close());
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
