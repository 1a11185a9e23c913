package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import nl.uitzicht.UitzichtApplication;
import nl.uitzicht.testing.SharedTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rolling update of issue 22, in Chromium: a staff member types the pupil's view into an OPP,
 * the app is stopped and started again on the same port (the Vaadin session is gone), the browser
 * reloads, the person logs in again and opens the plan: the banner offers the text back, and it
 * saves. On the way the editor asks before leaving with unsaved text, in the app and in the browser.
 * Its own application context (stopped in the middle of the test), on a database of its own.
 */
@Tag("own-jvm")
class DraftSurvivesRestartE2ETest {

    static final String EMAIL = "ib@waterlinie.demo";
    static final String PASSWORD = "Welkom-2026";
    static final String TEXT = "Ik wil graag zelf kiezen welk boek ik lees, en in een klein groepje oefenen.";
    static final String DRAFT_PLAN = """
            SELECT o.id FROM opp o
              JOIN membership_school ms ON ms.school_id = o.school_id
              JOIN membership m ON m.id = ms.membership_id
              JOIN user_account a ON a.id = m.user_id
             WHERE a.email = '%s' AND o.state = 'DRAFT'
             ORDER BY o.id LIMIT 1""".formatted(EMAIL);

    static final double HANG_GUARD_MS = 120_000;

    static SharedTestDatabase database;
    static ConfigurableApplicationContext app;
    static int port;
    static Chromium chromium;

    @BeforeAll
    static void start() throws IOException {
        database = SharedTestDatabase.create();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        app = app(true);
        chromium = Chromium.launch();
    }

    static ConfigurableApplicationContext app(boolean migrate) {
        return new SpringApplicationBuilder(UitzichtApplication.class)
                .initializers(database.initializer())
                .run(
                        "--server.port=" + port,
                        "--uitzicht.embedded-db.enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--spring.datasource.hikari.minimum-idle=1",
                        "--spring.liquibase.enabled=" + migrate,
                        "--uitzicht.demo.enabled=true",
                        "--uitzicht.oidc.allow-local-issuers=true",
                        "--vaadin.productionMode=true");
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            PlaywrightAssertions.setDefaultAssertionTimeout(Chromium.TIMEOUT_MS);
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void textTypedBeforeARestartIsOfferedBackAndSaved() {
        UUID plan = UUID.fromString(database.database().ownerQuery(DRAFT_PLAN).get(0));
        Page page = chromium.laptop();
        // two app starts and a cold production bundle: hang guards wider than the suite's 30 s
        page.setDefaultTimeout(HANG_GUARD_MS);
        page.setDefaultNavigationTimeout(HANG_GUARD_MS);
        PlaywrightAssertions.setDefaultAssertionTimeout(HANG_GUARD_MS);
        Queue<String> dialogs = new ConcurrentLinkedQueue<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.accept();
        });
        openPupilView(page, plan);
        page.locator("#pupil-view textarea").fill(TEXT);
        await("the draft is stored", () -> List.of(TEXT).equals(drafts(plan)));
        assertThat(page.locator("#pupil-view")).hasClass(Pattern.compile(".*opp-unsaved.*"));

        // leaving from the menu asks first; staying keeps the text
        page.locator("vaadin-side-nav-item[path='leerlingen']").click();
        Locator stay = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Blijven"));
        assertThat(page.getByText("Je hebt wijzigingen die nog niet zijn opgeslagen. Toch weggaan?"))
                .isVisible();
        Chromium.screenshot(page, "drafts-01-leave-dialog");
        stay.click();
        assertThat(page).hasURL(Pattern.compile(".*/opp/plan/" + plan));
        assertThat(page.locator("#pupil-view textarea")).hasValue(TEXT);

        // a rolling update: the app stops and starts again; the browser's Vaadin session is gone
        app.close();
        app = app(false);
        page.reload();
        assertThat(dialogs)
                .as("the browser asked before reloading with unsaved text")
                .contains("beforeunload");

        openPupilView(page, plan);
        assertThat(page.locator("#opp-draft-text"))
                .hasText(Pattern.compile(
                        "Je hebt tekst van \\d\\d:\\d\\d die nog niet is opgeslagen: terugzetten of weggooien\\?"));
        assertThat(page.locator("#pupil-view textarea")).hasValue("");
        Chromium.screenshot(page, "drafts-02-banner");
        page.locator("#opp-draft-restore").click();
        assertThat(page.locator("#opp-draft")).isHidden();
        assertThat(page.locator("#pupil-view textarea")).hasValue(TEXT);

        page.locator("#pupil-view-save").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Opgeslagen");
        await("the draft is removed on save", () -> drafts(plan).isEmpty());
        assertThat(database.database()
                        .ownerQuery("SELECT v.pupil_view FROM opp_version v JOIN opp o ON o.id = v.opp_id"
                                + " AND v.version_no = o.current_version_no WHERE o.id = '" + plan + "'"))
                .containsExactly(TEXT);
        page.locator("vaadin-side-nav-item[path='leerlingen']").click();
        assertThat(page).hasURL(Pattern.compile(".*/leerlingen"));
    }

    private void openPupilView(Page page, UUID plan) {
        Chromium.logIn(page, base(), EMAIL, PASSWORD);
        page.locator("#current-user").waitFor();
        page.navigate(base() + "/opp/plan/" + plan);
        page.locator("vaadin-tab")
                .getByText("Stem van de leerling", new Locator.GetByTextOptions().setExact(true))
                .click();
    }

    private List<String> drafts(UUID plan) {
        return database.database()
                .ownerQuery("SELECT text FROM opp_draft WHERE opp_id = '" + plan + "' AND field_key = 'pupil-view'");
    }

    /** Polls the database; the 60 s are a hang guard, not a timing assertion. */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not within 60 s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
