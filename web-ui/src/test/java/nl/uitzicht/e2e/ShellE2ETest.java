package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shell in real Chromium: each demo role logs in and lands on its own home page in its
 * region, in Dutch, at laptop and phone width; a person of two regions picks one; repeated wrong
 * passwords get a Dutch "try again in N seconds", the same for an address without an account.
 */
@AppTest
@Tag("e2e")
class ShellE2ETest {

    static final String PASSWORD = "Welkom-2026";
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @Autowired
    FreshDatabase db;

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
    void aRegionAdministratorSeesTheRegionsSchools() {
        Page page = chromium.laptop();
        Chromium.logIn(page, base(), "beheer@waterlinie.demo", PASSWORD);
        assertThat(page.locator("#current-region")).hasText("SWV De Waterlinie (demo)");
        assertThat(page.locator("#current-user")).hasText("Bram Beheerder");
        assertThat(page.locator(
                        "#card-admin vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Basisschool De Regenboog")))
                .hasCount(1);
        assertThat(page.locator("#main-nav")).containsText("Scholen");
        assertThat(page.locator("#main-nav")).not().containsText("Regio's");
        Chromium.screenshot(page, "home-region-admin");

        page.locator("#main-nav").getByText("Scholen").click();
        assertThat(page.locator("#schools-count")).hasText("5 scholen, 1.273 leerlingen");
        Chromium.screenshot(page, "schools-region-admin");
    }

    @Test
    void schoolStaffSeeOnlyTheirOwnSchools() {
        Page page = chromium.laptop();
        Chromium.logIn(page, base(), "ib@waterlinie.demo", PASSWORD);
        assertThat(page.locator("#card-staff")).containsText("Basisschool De Regenboog");
        assertThat(page.locator("#card-staff")).containsText("Basisschool Het Anker");
        assertThat(page.locator("#card-staff")).not().containsText("SBO De Brug");
        assertThat(page.locator("#main-nav")).not().containsText("Scholen");
        Chromium.screenshot(page, "home-school-staff");

        page.navigate(base() + "/scholen");
        assertThat(page.locator("#schools")).hasCount(0);
    }

    @Test
    void policyStaffSeeTotalsOnlyAndThePhoneLayoutWorks() {
        Page page = chromium.phone();
        Chromium.logIn(page, base(), "beleid@heuvelrug.demo", PASSWORD);
        assertThat(page.locator("#card-policy")).containsText("Voortgezet onderwijs");
        assertThat(page.locator("#card-policy")).containsText("2.440");
        assertThat(page.locator("#current-region")).hasText("SWV VO Heuvelrug (demo)");
        Chromium.screenshot(page, "home-policy-phone");
    }

    @Test
    void aTrainerOfTwoRegionsChoosesOneAndCanSwitch() {
        Page page = chromium.laptop();
        Chromium.logIn(page, base(), "trainer@waterlinie.demo", PASSWORD);
        page.waitForURL("**/regio-kiezen");
        assertThat(page.locator("h1")).hasText("Kies een regio");
        Chromium.screenshot(page, "region-choice");
        page.locator("#choose-VO2999").click();
        assertThat(page.locator("#current-region")).hasText("SWV VO Heuvelrug (demo)");
        assertThat(page.locator("#card-trainer")).containsText("Trainer in SWV VO Heuvelrug (demo)");

        page.locator("#switch-region").click();
        page.locator("#choose-PO2999").click();
        assertThat(page.locator("#current-region")).hasText("SWV De Waterlinie (demo)");
        Chromium.screenshot(page, "home-trainer");
    }

    @Test
    void theOperatorSeesRegionsAndNoPupilData() {
        Page page = chromium.laptop();
        Chromium.logIn(page, base(), "operator@uitzicht.demo", PASSWORD);
        assertThat(page.locator("#card-operator")).containsText("PO2999");
        assertThat(page.locator("#card-operator")).containsText("VO2999");
        assertThat(page.locator("#main-nav")).containsText("Regio's");
        Chromium.screenshot(page, "home-operator");
    }

    @Test
    void englishCanBeChosenAndSticks() {
        Page page = chromium.laptop();
        page.navigate(base() + "/login");
        page.locator("#language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English"))
                .click();
        assertThat(page.locator("vaadin-login-form")).containsText("Log in");
        Chromium.logIn(page, base(), "beheer@heuvelrug.demo", PASSWORD);
        assertThat(page.locator("#main-nav")).containsText("Schools");
        assertThat(page.locator("#logout")).hasText("Log out");
        Chromium.screenshot(page, "home-english");
    }

    @Test
    void repeatedWrongPasswordsSlowTheBrowserDownWithTheSameDutchMessageWhetherOrNotTheAccountExists() {
        systemWork.run(() -> {
            var account = accounts.createAccount("slot@waterlinie.demo", "Sam Slot", PASSWORD);
            accounts.grant(
                    account.id(), regions.findByCode("PO2999").orElseThrow().getId(), Role.POLICY, java.util.Set.of());
        });
        java.util.List<String> messages = new java.util.ArrayList<>();
        for (String email : java.util.List.of("slot@waterlinie.demo", "niemand@waterlinie.demo")) {
            Page page = chromium.laptop();
            for (int i = 0; i < 5; i++) {
                Chromium.logIn(page, base(), email, "verkeerd-" + i);
                page.waitForURL("**/login?error");
            }
            // the fifth failure started a short wait; lengthen it so the next attempt surely meets it
            db.ownerExecute("update login_attempt set blocked_until = now() + interval '90 seconds' "
                    + "where blocked_until is not null");
            Chromium.logIn(page, base(), email, PASSWORD);
            page.waitForURL("**/login?error");
            assertThat(page.locator("#login-message")).containsText("probeer het over");
            assertThat(page.locator("#login-message")).containsText("seconden opnieuw");
            messages.add(page.locator("#login-message").textContent().replaceAll("\\d+", "N"));
            Chromium.screenshot(page, "login-throttled");
        }
        org.assertj.core.api.Assertions.assertThat(messages.get(1)).isEqualTo(messages.get(0));
    }
}
