package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.invitation.ParentInvitations;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.AuthenticatorApp;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pupil's own plan ("mijn plan", issue 15 point 4, ADR 0087), in real Chromium against the real
 * database: school staff let the pupil in on the pupil's parents page; the pupil, on their parent's
 * account on a phone (390x844), reads what they are good at, their goals and what helps them, writes a goal
 * in their own words and their view for the conversation; staff see both in the OPP's pupil's-view tab,
 * marked as the pupil's with the date. When staff stop it, the pupil's open page is refused at the next
 * click. (The parent's invitation and activation are the parent portal's, tested in ParentPortalE2ETest;
 * here they run through the services.)
 */
@AppTest
@Tag("e2e")
class PupilOwnPlanE2ETest {

    static final String STAFF_EMAIL = "ib@waterlinie.demo";
    static final String STAFF_PASSWORD = "Welkom-2026";
    static final String PARENT_PASSWORD = "Zonnebloem-Kastanje-73";
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    FreshDatabase db;

    @Autowired
    SystemWork systemWork;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @Autowired
    ParentInvitations parentInvitations;

    @Autowired
    SecondFactors secondFactors;

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
    void staffLetThePupilInThePupilGivesTheirViewOnAPhoneAndStaffSeeItInTheOpp() {
        String[] ids = db.ownerQuery("select o.id || ',' || o.pupil_id from opp o join school s on s.id = o.school_id"
                        + " where s.brin in ('99AA', '99AB') and o.created_by <> 'generator'"
                        + " and o.state = 'IN_CONSULTATION'"
                        + DemoPupils.ROOM_FOR_A_PARENT
                        + " order by o.created_at limit 1")
                .getFirst()
                .split(",");
        String oppId = ids[0];
        String pupilId = ids[1];
        String email = "ouder.mijnplan-" + System.nanoTime() + "@example.org";

        // school staff let the pupil in, on the pupil's parents page
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), STAFF_EMAIL, STAFF_PASSWORD);
        staff.locator("#current-user").waitFor();
        staff.navigate(base() + "/leerlingen/" + pupilId + "/ouders");
        assertThat(staff.locator("#own-plan-status")).containsText("kijkt niet mee");
        staff.locator("#own-plan-toggle").click();
        assertThat(staff.locator("#own-plan-status")).containsText("mag meekijken");
        Chromium.screenshot(staff, "pupil-staff-let-in");

        // a parent of the pupil signs in on a phone; their start page offers the child's own plan
        Page phone = chromium.phone();
        long step = Instant.now().getEpochSecond() / 30;
        String secret = activatedParent(UUID.fromString(pupilId), email, step);
        Chromium.logIn(phone, base(), email, PARENT_PASSWORD);
        phone.waitForURL("**/login/code");
        phone.locator("#second-factor-code input").fill(AuthenticatorApp.code(secret, step + 1));
        phone.locator("#second-factor-submit").click();
        phone.locator("#parent-own-plan-" + pupilId).click();

        // the pupil's page: plain words, large type, fits the phone
        assertThat(phone.locator("#pupil-plan-title")).hasText("Mijn plan");
        assertThat(phone.locator("#pupil-good-at")).containsText("Waar ik goed in ben");
        assertThat(phone.locator("#pupil-goals")).containsText("Wat ik wil leren");
        assertThat(phone.locator("#pupil-helps")).containsText("Wat mij helpt");
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("the page fits the phone's width").isEqualTo(false);
        Chromium.screenshot(phone, "pupil-own-plan-phone");

        // a goal in their own words, and their view before the conversation
        phone.locator("#pupil-goal-words-1 textarea").fill("Ik wil zelf een boek over paarden uitlezen.");
        phone.locator("#pupil-goal-save-1").click();
        assertThat(phone.locator("#pupil-goal-1")).containsText("paarden");
        phone.locator("#pupil-view-send").click();
        assertThat(phone.locator("#pupil-view-text")).containsText("verplicht"); // empty: told, nothing lost
        phone.locator("#pupil-view-text textarea").fill("In de klas is het vaak te druk om te lezen.");
        phone.locator("#pupil-view-send").click();
        assertThat(phone.locator("#pupil-say")).containsText("te druk om te lezen");
        Chromium.screenshot(phone, "pupil-view-sent-phone");

        // staff see both in the OPP, marked as the pupil's with the date; their own summary stays theirs
        staff.navigate(base() + "/opp/plan/" + oppId);
        staff.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Stem van de leerling"))
                .first()
                .click();
        Locator words = staff.locator("#opp-pupil-words");
        assertThat(words).containsText("Van de leerling");
        assertThat(words).containsText("te druk om te lezen");
        assertThat(words).containsText("paarden");
        Chromium.screenshot(staff, "pupil-words-in-opp");

        // staff stop it: the pupil's open page is refused at its next click, and by its address
        staff.navigate(base() + "/leerlingen/" + pupilId + "/ouders");
        staff.locator("#own-plan-toggle").click();
        assertThat(staff.locator("#own-plan-status")).containsText("kijkt niet mee");
        phone.locator("#pupil-view-text textarea").fill("Nog iets.");
        phone.locator("#pupil-view-send").click();
        phone.waitForURL("**/ouder");
        assertThat(phone.locator("#parent-own-plan-" + pupilId)).hasCount(0);
        phone.navigate(base() + "/mijn-plan/" + pupilId);
        assertThat(phone.locator("#pupil-plan-title")).hasCount(0);
    }

    /** Invites and activates a parent for the pupil as the demo staff member would (returns the app key). */
    private String activatedParent(UUID pupil, String email, long step) {
        UUID po =
                systemWork.call(() -> regions.findByCode("PO2999").orElseThrow().getId());
        String link = systemWork.call(() -> TenantContext.callAs(
                po,
                () -> parentInvitations
                        .invite(demoStaff(po), pupil, email, "Petra de Vries", base())
                        .link()));
        String secret = secondFactors.newEnrolmentFor(email).secret();
        parentInvitations.activate(
                link.substring(link.lastIndexOf('/') + 1),
                PARENT_PASSWORD,
                PARENT_PASSWORD,
                secret,
                AuthenticatorApp.code(secret, step),
                "127.0.0.1");
        return secret;
    }

    private StaffScope demoStaff(UUID po) {
        UUID staff = accounts.findByEmail(STAFF_EMAIL).orElseThrow().id();
        return new StaffScope(
                new Actor(staff, "Ilse IB"),
                accounts.membershipIn(staff, po).orElseThrow().schoolIds());
    }
}
