package nl.uitzicht.ui.trainer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.e2e.Chromium;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two trainers in real Chromium: one asks the other to be buddy, the other accepts; the first maps
 * stakeholders and a SWOT; the buddy sees the progress (not the private notes) and leaves feedback,
 * which pops up at once in the first trainer's open app (server push, region bound).
 */
@AppTest
@Tag("e2e")
class BuddyJourneyE2ETest {

    static final String PASSWORD = "Playwright-2026";
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @BeforeAll
    static void browser() {
        chromium = Chromium.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @Test
    void twoTrainersPairUpShareProgressAndFeedback() {
        UUID region = regions.findByCode("PO2999").orElseThrow().getId();
        systemWork.run(() -> {
            for (String[] t : new String[][] {
                {"pieter@playwright.test", "Pieter Playwright"}, {"roos@playwright.test", "Roos Playwright"}
            }) {
                UUID id = accounts.createAccount(t[0], t[1], PASSWORD).id();
                accounts.grant(id, region, Role.TRAINER, Set.of());
            }
        });
        String base = "http://localhost:" + port;
        Page pieter = chromium.laptop();
        Page roos = chromium.laptop();
        pieter.setDefaultTimeout(30_000);
        roos.setDefaultTimeout(30_000);
        Chromium.logIn(pieter, base, "pieter@playwright.test", PASSWORD);
        assertThat(pieter.locator("#current-user")).hasText("Pieter Playwright");
        Chromium.logIn(roos, base, "roos@playwright.test", PASSWORD);
        assertThat(roos.locator("#current-user")).hasText("Roos Playwright");

        // Pieter asks Roos (suggested: the demo trainers are already paired with each other).
        pieter.navigate(base + "/buddy");
        Locator ask = pieter.locator(".buddy-ask[data-trainer='Roos Playwright']");
        assertThat(ask).isVisible();
        assertThat(pieter.locator(".buddy-ask[data-trainer='Tamara Trainer']")).hasCount(0);
        pieter.locator("#buddy-request-message input").fill("Samen sparren over onze achterban?");
        ask.click();
        assertThat(pieter.locator("#buddy-outgoing")).containsText("Roos Playwright");

        roos.navigate(base + "/buddy");
        assertThat(roos.locator("#buddy-requests")).containsText("Pieter Playwright");
        assertThat(roos.locator("#buddy-requests")).containsText("Samen sparren over onze achterban?");
        roos.locator(".buddy-accept").click();
        assertThat(roos.locator("#buddy-active")).containsText("Pieter Playwright");

        // Pieter maps two stakeholders and a SWOT.
        pieter.navigate(base + "/achterban");
        addStakeholder(pieter, "Basisschool De Regenboog", "ib-team", "Doet mee", "Geheim: directeur twijfelt");
        addStakeholder(pieter, "Jeugdarts GGD", "jeugdarts", "In gesprek", null);
        Locator grid = pieter.locator("#stakeholder-grid");
        assertThat(grid).containsText("Basisschool De Regenboog");
        assertThat(grid).containsText("Jeugdarts GGD");
        assertThat(pieter.locator("#influence-interest-grid")).containsText("Jeugdarts GGD");
        assertThat(pieter.locator("#achterban-summary")).containsText("Doet mee: 1");
        Chromium.screenshot(pieter, "trainer-achterban-map");

        pieter.navigate(base + "/achterban/swot");
        addSwot(pieter, "strength", "Betrokken intern begeleiders");
        addSwot(pieter, "weakness", "OPP's zijn te lang");
        addSwot(pieter, "opportunity", "Minder OPP's door betere basisondersteuning");
        addSwot(pieter, "threat", "Ouders begrijpen het OPP niet");
        assertThat(pieter.locator("#swot-weakness")).containsText("OPP's zijn te lang");
        Chromium.screenshot(pieter, "trainer-swot-board");

        // Pieter keeps the buddy page open; Roos sees his progress and leaves feedback.
        pieter.navigate(base + "/buddy");
        assertThat(pieter.locator("#buddy-active")).containsText("Roos Playwright");
        roos.navigate(base + "/buddy");
        Locator progress = roos.locator("#buddy-progress");
        assertThat(progress).containsText("Stakeholders: 2");
        assertThat(progress).containsText("Basisschool De Regenboog");
        assertThat(roos.locator("#buddy-progress-more")).containsText("4 punten in de SWOT");
        assertThat(roos.locator("body")).not().containsText("Geheim: directeur twijfelt");
        roos.locator("#feedback-text textarea").fill("Mooie start! Nodig de jeugdarts uit bij de regiobijeenkomst.");
        roos.locator("#feedback-give").click();
        assertThat(roos.locator("#buddy-feedback")).containsText("Mooie start!");
        Chromium.screenshot(roos, "trainer-buddy-feedback-given");

        Locator notice = pieter.locator("vaadin-notification-card.buddy-notice");
        assertThat(notice).containsText("Nieuwe feedback van Roos Playwright");
        assertThat(pieter.locator("#buddy-feedback")).containsText("Mooie start! Nodig de jeugdarts uit");
        Chromium.screenshot(pieter, "trainer-buddy-notice");

        Page phone = chromium.phone();
        Chromium.logIn(phone, base, "pieter@playwright.test", PASSWORD);
        assertThat(phone.locator("#current-user")).hasText("Pieter Playwright");
        phone.navigate(base + "/achterban");
        assertThat(phone.locator("#stakeholder-grid")).containsText("Jeugdarts GGD");
        Chromium.screenshot(phone, "trainer-achterban-phone");
        phone.navigate(base + "/achterban/swot");
        assertThat(phone.locator("#swot-threat")).containsText("Ouders begrijpen");
        Chromium.screenshot(phone, "trainer-swot-phone");
    }

    private static void addStakeholder(Page page, String name, String role, String status, String notes) {
        page.locator("#stakeholder-add").click();
        page.locator("#stakeholder-name input").fill(name);
        page.locator("#stakeholder-role input").fill(role);
        page.locator("#stakeholder-status").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(status))
                .first()
                .click();
        if (notes != null) {
            page.locator("#stakeholder-notes textarea").fill(notes);
        }
        page.locator("#stakeholder-save").click();
        assertThat(page.locator("#stakeholder-save")).hasCount(0);
    }

    private static void addSwot(Page page, String quadrant, String text) {
        page.locator("#swot-" + quadrant + " .swot-add input").fill(text);
        page.locator("#swot-" + quadrant + " .swot-add-button").click();
        assertThat(page.locator("#swot-" + quadrant + " .swot-note")).containsText(text);
    }
}
