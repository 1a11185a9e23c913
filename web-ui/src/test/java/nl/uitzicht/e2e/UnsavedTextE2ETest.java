package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Typed text outside the OPP editor is not lost without a word (issue 22, ADR 0108), in Chromium: a trainer types a
 * question on the VERWERKING page; the menu asks first (staying keeps the text), and a reload makes the browser ask
 * ({@code beforeunload}) at once, before the server heard of the typing. Without typed text the browser does not ask.
 */
@AppTest
@Tag("e2e")
class UnsavedTextE2ETest {

    static final String PASSWORD = "Welkom-2026";
    static final String QUESTION = "Hoe krijg ik de directeur mee in het OPP-format?";
    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theMenuAndTheBrowserAskBeforeTypedTextIsLost() {
        Page page = chromium.laptop();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.accept();
        });
        Chromium.logIn(page, base(), "trainer2@waterlinie.demo", PASSWORD);
        page.locator("#current-user").waitFor();
        page.navigate(base() + "/achterban/verwerking");
        page.locator("#question-new textarea").fill(QUESTION);

        page.locator("vaadin-side-nav-item[path='programma']").click();
        assertThat(page.getByText("Je hebt wijzigingen die nog niet zijn opgeslagen. Toch weggaan?"))
                .isVisible();
        Chromium.screenshot(page, "unsaved-01-leave-question");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Blijven"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/achterban/verwerking"));
        assertThat(page.locator("#question-new textarea")).hasValue(QUESTION);

        // typed just now: the browser knows before the server does
        page.locator("#question-new textarea").fill(QUESTION + " En de ib'ers?");
        page.reload();
        assertThat(dialogs).as("the browser asked before reloading").containsExactly("beforeunload");
        assertThat(page.locator("#question-new textarea")).hasValue("");

        page.locator("#question-new textarea").click(); // a person's click: the browser may ask from now on
        page.reload();
        page.locator("#question-new textarea").waitFor();
        assertThat(dialogs).as("nothing typed: no question").containsExactly("beforeunload");
    }
}
