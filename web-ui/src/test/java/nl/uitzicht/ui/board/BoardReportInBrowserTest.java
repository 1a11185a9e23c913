package nl.uitzicht.ui.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.uitzicht.AppTest;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.e2e.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, on the demo data: a policy officer opens the board report, sees the course over the school years
 * (charts and tables), and downloads it as the PDF for the board. Screenshot and PDF in {@code target/screenshots/}.
 */
@AppTest
@Tag("e2e")
class BoardReportInBrowserTest {

    static final String PASSWORD = "Welkom-2026";
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

    @Test
    void aPolicyOfficerReadsTheCourseOverTheSchoolYearsAndTakesThePdfToTheBoard() throws IOException {
        SchoolYear current = SchoolYear.of(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        SchoolYear previous = new SchoolYear(current.startYear() - 1);
        Page page = chromium.laptop();
        page.setViewportSize(1366, 5200);
        String base = "http://localhost:" + port;
        Chromium.logIn(page, base, "beleid@waterlinie.demo", PASSWORD);
        page.locator("#current-user").waitFor();
        page.locator("#main-nav").getByText("Bestuursrapportage").click();
        assertThat(page.locator("#board-opps-chart svg")).isVisible();
        assertThat(page.locator("#board-opps-table thead")).containsText(previous.label());
        assertThat(page.locator("#board-opps-table thead")).containsText(current.label());
        assertThat(page.locator("#board-checks-chart svg .benchmark")).hasCount(1);
        assertThat(page.locator("#board-inspectie-table")).containsText("73,0%");
        assertThat(page.locator("#board-consensus-table")).containsText("Gemiddelde consensusscore");
        Chromium.screenshot(page, "board-report");

        Download download =
                page.waitForDownload(() -> page.locator("#board-pdf").click());
        assertThat(download.suggestedFilename())
                .startsWith("bestuursrapportage-PO2999-")
                .endsWith(".pdf");
        Path saved = Path.of("target/screenshots/board-report.pdf");
        download.saveAs(saved);
        String text;
        try {
            text = Pdf.text(Files.readAllBytes(saved));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(text).contains("Bestuursrapportage", previous.label(), current.label(), "Inspectie");
        assertThat(text).doesNotContain("Milan", "Lotte", "Eva "); // demo pupils: never a name
    }
}
