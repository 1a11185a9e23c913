package nl.uitzicht.ui.analysis;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.uitzicht.AppTest;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.e2e.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a trainer starts a scoring round with two raters, each scores on their own, the
 * raters disagree on one item, and the trainer records the consensus. Then a policy user opens the
 * region dashboard and sees the basic-support heat map.
 */
@AppTest
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisInBrowserTest {

    static final String PASSWORD = "Welkom-2026";

    @LocalServerPort
    int port;

    Chromium chromium;
    String roundUrl;

    @BeforeAll
    void browser() {
        chromium = Chromium.launch();
        // Generous on a loaded machine: each radio click is a server round trip.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    void close() {
        chromium.close();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aTrainerRunsARoundWithTwoRatersAndResolvesADivergentItem() {
        Page trainer = chromium.laptop();
        Chromium.logIn(trainer, base(), "trainer@waterlinie.demo", PASSWORD);
        trainer.waitForURL("**/regio-kiezen");
        trainer.locator("#choose-PO2999").click();
        trainer.locator("#current-user").waitFor();
        trainer.navigate(base() + "/analyse");
        trainer.locator("#round-name input").fill("Najaarsronde Regenboog");
        trainer.locator("#round-opps input").click();
        Locator firstOpp = trainer.locator("vaadin-multi-select-combo-box-item").first();
        firstOpp.waitFor();
        firstOpp.click();
        assertThat(firstOpp).hasAttribute("selected", "");
        trainer.keyboard().press("Escape");
        trainer.locator("#round-raters textarea").fill("beheer@waterlinie.demo\nib@waterlinie.demo");
        Chromium.screenshot(trainer, "analysis-01-new-round");
        trainer.locator("#round-start").click();
        trainer.waitForURL(Pattern.compile(".*/analyse/ronde/.*"));
        roundUrl = trainer.url();
        assertThat(trainer.locator("#round-rater-status")).containsText("nog bezig");

        // The first rater scores: 2 everywhere except item 6 (SMART goals): 0.
        Page admin = chromium.laptop();
        Chromium.logIn(admin, base(), "beheer@waterlinie.demo", PASSWORD);
        admin.locator("#current-user").waitFor();
        admin.navigate(roundUrl);
        assertThat(admin.locator("#score-sheet")).containsText("Je scoort zelfstandig");
        assertThat(admin.locator("#round-comparison")).hasCount(0);
        // The rater reads the whole plan: the legal parts, consent, the pupil's view, monitoring and evaluation.
        admin.locator("#score-sheet vaadin-details").first().click();
        Locator dossier = admin.locator(".rater-dossier").first();
        assertThat(dossier).containsText("Instemming van de ouders");
        assertThat(dossier).containsText("Monitoring en registratie");
        assertThat(dossier).containsText("Evaluatie");
        Chromium.screenshot(admin, "analysis-02a-rater-dossier");
        score(admin, 2, "DOELEN_SMARTI", 0);
        Chromium.screenshot(admin, "analysis-02-scoring");
        admin.locator("#score-submit").click();
        // Submitted, but the other rater has not: only the admin's own column is there.
        assertThat(admin.locator("#round-comparison")).isVisible();

        // The second rater cannot see the admin's scores before handing in.
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), "ib@waterlinie.demo", PASSWORD);
        staff.locator("#current-user").waitFor();
        staff.navigate(roundUrl);
        assertThat(staff.locator("#score-sheet")).isVisible();
        assertThat(staff.locator("#round-comparison")).hasCount(0);
        assertThat(staff.locator("#score-progress")).hasText("0 van 15 items gescoord");
        score(staff, 2, "DOELEN_SMARTI", 2);
        staff.locator("#score-submit").click();
        assertThat(staff.locator("#comparison-grid")).containsText("Afwijkend (2)");

        // The trainer sees the divergent item, discusses it and records the consensus.
        trainer.navigate(roundUrl);
        assertThat(trainer.locator("#round-agreement")).containsText("Krippendorffs alfa");
        assertThat(trainer.locator("#comparison-grid")).containsText("Afwijkend (2)");
        trainer.locator("vaadin-grid-cell-content").getByText("Afwijkend (2)").click();
        trainer.locator("#consensus-score vaadin-radio-button").nth(1).click();
        trainer.locator("#consensus-note textarea").fill("Doelen meetbaar, maar zonder einddatum.");
        trainer.locator("#consensus-save").click();
        assertThat(trainer.locator("#comparison-grid")).containsText("1 — Doelen meetbaar, maar zonder einddatum.");
        assertThat(trainer.locator("#round-agreement")).containsText("1 afwijkende items, 0 nog zonder consensus");
        Chromium.screenshot(trainer, "analysis-03-consensus");
    }

    private static String pdfText(Path file) {
        try {
            return Pdf.text(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void score(Page page, int base, String itemCode, int itemScore) {
        List<Locator> groups = page.locator("vaadin-radio-group.analysis-score").all();
        for (Locator group : groups) {
            int value = itemCode.equals(group.getAttribute("data-item")) ? itemScore : base;
            group.locator("vaadin-radio-button").nth(value).click();
            assertThat(group.locator("vaadin-radio-button[checked]")).hasCount(1);
        }
        assertThat(page.locator("#score-progress"))
                .hasText(groups.size() + " van " + groups.size() + " items gescoord");
    }

    @Test
    void aPolicyUserSeesTheBasicSupportHeatMap() {
        Page page = chromium.laptop();
        page.setViewportSize(1366, 2400);
        Chromium.logIn(page, base(), "beleid@waterlinie.demo", PASSWORD);
        page.locator("#current-user").waitFor();
        page.navigate(base() + "/dashboard");
        assertThat(page.locator("#mirror-chart")).hasAttribute("data-rendered", "yes");
        assertThat(page.locator("#mirror-table")).containsText("Lezen, spelling en dyslexie");
        assertThat(page.locator("#mirror-table caption")).isVisible();
        assertThat(page.locator("#rates-chart")).hasAttribute("data-rendered", "yes");
        assertThat(page.locator("#compliance-table")).containsText("Stem van de leerling aanwezig");
        assertThat(page.locator("#mirror-table")).containsText("Ontbreekt in SOP");
        assertThat(page.locator("#reach-summary")).containsText("betrokkenen in kaart");
        assertThat(page.locator("#reach-chart")).hasAttribute("data-rendered", "yes");
        Chromium.screenshot(page, "dashboard-01-heatmap");
        // The whole dashboard as PDF: the same tables, the same suppression, no pupil.
        Download download =
                page.waitForDownload(() -> page.locator("#dashboard-pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        download.saveAs(Path.of("target/screenshots/dashboard.pdf"));
        String pdf = pdfText(download.path());
        assertThat(pdf)
                .contains(
                        "spiegel voor de basisondersteuning",
                        "Leerlingen met extra ondersteuning in basisondersteuningsgebieden",
                        "Automatische controles",
                        "Gesprekken per maand",
                        "Periode");
        List<String> shownSuppressed =
                page.locator("#mirror-table td.dashboard-suppressed").allTextContents();
        if (!shownSuppressed.isEmpty()) {
            assertThat(pdf).contains("< 5");
        }
        assertThat(pdf).doesNotContain("Leerling ");
        // Policy staff have no way into rounds or OPPs.
        page.navigate(base() + "/analyse");
        assertThat(page.locator("#analysis-rounds")).hasCount(0);
    }
}
