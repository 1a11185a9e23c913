package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import nl.uitzicht.AppTest;
import nl.uitzicht.testing.AuthenticatorApp;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Parents take part (issue 15), in real Chromium against the real database: school staff invite a parent
 * from the OPP, the parent activates on a phone with a password and an authenticator app (codes computed
 * here as the app would), logs in with the code, reads the plan at 390x844, asks a question and agrees with
 * the handelingsdeel; staff see both in the OPP. Another pupil's address shows nothing, and when the school
 * takes the access away the parent's open session ends at the next click.
 */
@AppTest
@Tag("e2e")
class ParentPortalE2ETest {

    static final String STAFF_PASSWORD = "Welkom-2026";
    static final String PARENT_PASSWORD = "Zonnebloem-Kastanje-73";
    static Chromium chromium;

    @LocalServerPort
    int port;

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
    void staffInviteAParentWhoReadsAsksAndAgreesOnAPhoneAndStaffSeeItAll() {
        String[] ids = db.ownerQuery("select o.id || ',' || o.pupil_id from opp o join school s on s.id = o.school_id"
                        + " where s.brin in ('99AA', '99AB') and o.created_by <> 'generator'"
                        + " and o.state = 'AWAITING_CONSENT'"
                        + DemoPupils.ROOM_FOR_A_PARENT
                        + " order by o.created_at limit 1")
                .getFirst()
                .split(",");
        String oppId = ids[0];
        String pupilId = ids[1];
        String otherPupil = db.ownerQuery("select p.id from pupil p join school s on s.id = p.school_id"
                        + " where s.brin in ('99AA', '99AB') and p.id <> '" + pupilId + "' limit 1")
                .getFirst();
        String email = "ouder-" + System.nanoTime() + "@example.org";

        // school staff invite the parent from the OPP
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), "ib@waterlinie.demo", STAFF_PASSWORD);
        staff.locator("#current-user").waitFor();
        openParentsTab(staff, oppId);
        staff.locator("#opp-parents-manage").click();
        staff.locator("#parent-invite-name input").fill("Petra de Vries");
        staff.locator("#parent-invite-email input").fill(email);
        staff.locator("#parent-invite-submit").click();
        assertThat(staff.locator("#parent-list")).containsText("Uitgenodigd, nog niet geactiveerd");
        String link = staff.locator("#parent-invite-url").textContent().trim();
        assertThat(link).contains("/uitnodiging/ouder/");
        Chromium.screenshot(staff, "parent-staff-invited");

        // the parent activates on a phone: a password and an app for login codes
        Page parent = chromium.phone();
        parent.navigate(link);
        assertThat(parent.locator("#parent-activation")).containsText("Uw account maken");
        String secret = parent.locator("#parent-secret").textContent().replace(" ", "");
        Chromium.screenshot(parent, "parent-activation-phone");
        parent.locator("#parent-password input").fill(PARENT_PASSWORD);
        parent.locator("#parent-repeat input").fill(PARENT_PASSWORD);
        long step = Instant.now().getEpochSecond() / 30;
        parent.locator("#parent-code input").fill("000000");
        parent.locator("#parent-activate").click();
        assertThat(parent.locator("#parent-code")).containsText("klopt niet");
        parent.locator("#parent-code input").fill(AuthenticatorApp.code(secret, step));
        parent.locator("#parent-activate").click();
        assertThat(parent.locator("#parent-activated")).containsText("Klaar");

        // the login asks for the app's code; then the parent's start page shows their child only
        Chromium.logIn(parent, base(), email, PARENT_PASSWORD);
        parent.waitForURL("**/login/code");
        parent.locator("#second-factor-code input").fill(AuthenticatorApp.code(secret, step + 1));
        parent.locator("#second-factor-submit").click();
        assertThat(parent.locator("#parent-child-" + pupilId)).isVisible();
        assertThat(parent.locator("[id^=parent-child-]")).hasCount(1);
        Chromium.screenshot(parent, "parent-home-phone");
        parent.locator("#parent-child-" + pupilId).click();
        assertThat(parent.locator("#parent-plan-title")).isVisible();
        assertThat(parent.locator("#parent-part-goals")).isVisible();
        assertThat(parent.locator("#parent-answer")).containsText("Bent u het eens met het plan?");
        Object overflow = parent.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("the plan fits the phone's width").isEqualTo(false);
        Chromium.screenshot(parent, "parent-plan-phone");

        // a question for the conversation, then consent
        parent.locator("#parent-note-text textarea").fill("Mag er thuis ook met de leessoftware geoefend worden?");
        parent.locator("#parent-note-send").click();
        assertThat(parent.locator("#parent-notes")).containsText("leessoftware");
        parent.locator("#parent-answer-choice vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Ja, ik ben het eens"))
                .click();
        parent.locator("#parent-answer-send").click();
        assertThat(parent.locator("#parent-answer-given")).containsText("U bent het eens met versie");
        Chromium.screenshot(parent, "parent-consented-phone");

        // another pupil by its address: nothing to see
        parent.navigate(base() + "/ouder/kind/" + otherPupil);
        assertThat(parent.locator("#parent-plan-title")).hasCount(0);
        assertThat(parent.locator("#parent-plan-content")).hasCount(0);

        // staff see the question and the consent in the OPP
        openParentsTab(staff, oppId);
        assertThat(staff.locator("#opp-parents")).containsText("Petra de Vries is het eens met versie");
        assertThat(staff.locator("#opp-parents")).containsText("leessoftware");
        Chromium.screenshot(staff, "parent-voices-in-opp");

        // the school takes the access away: the parent's open session ends at the next click
        parent.navigate(base() + "/ouder");
        assertThat(parent.locator("#parent-child-" + pupilId)).isVisible();
        staff.locator("#opp-parents-manage").click();
        staff.locator("[id^=parent-revoke-]").first().click();
        staff.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Toegang intrekken"))
                .last()
                .click();
        assertThat(staff.locator("#parent-list")).containsText("Toegang ingetrokken");
        parent.waitForTimeout(2_500); // the access check runs at most every 2 seconds per node
        parent.locator("#parent-child-" + pupilId).click();
        assertThat(parent.locator("#login-message")).containsText("ingetrokken");
        parent.navigate(base() + "/ouder/kind/" + pupilId);
        assertThat(parent.locator("#parent-plan-title")).hasCount(0);
    }

    private void openParentsTab(Page staff, String oppId) {
        staff.navigate(base() + "/opp/plan/" + oppId);
        staff.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Ouders"))
                .first()
                .click();
        assertThat(staff.locator("#opp-parents")).isVisible();
    }
}
