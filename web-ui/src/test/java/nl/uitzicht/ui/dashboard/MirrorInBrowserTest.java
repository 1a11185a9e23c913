package nl.uitzicht.ui.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.uitzicht.AppTest;
import nl.uitzicht.e2e.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: a trainer opens the mirror of a school in their achterban (issue 18 point 4). */
@AppTest
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MirrorInBrowserTest {

    @LocalServerPort
    int port;

    Chromium chromium;

    @BeforeAll
    void browser() {
        chromium = Chromium.launch();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    void close() {
        chromium.close();
    }

    @Test
    void aTrainerSeesASchoolOfTheAchterbanAgainstTheRegion() {
        Page trainer = chromium.laptop();
        Chromium.logIn(trainer, "http://localhost:" + port, "trainer@waterlinie.demo", "Welkom-2026");
        trainer.waitForURL("**/regio-kiezen");
        trainer.locator("#choose-PO2999").click();
        trainer.locator("#current-user").waitFor();
        assertThat(trainer.locator("#main-nav")).containsText("Spiegel van mijn scholen");
        trainer.navigate("http://localhost:" + port + "/spiegel");
        assertThat(trainer.locator("#mirror-kpis")).containsText("Basisschool De Regenboog");
        assertThat(trainer.locator("#mirror-categories")).containsText("Regio");
        assertThat(trainer.locator("#mirror-items")).containsText("WETTELIJKE_DELEN");
        Chromium.screenshot(trainer, "mirror-01-trainer");
    }
}
