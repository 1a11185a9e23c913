package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.dashboard.RequestDashboard;
import nl.uitzicht.dashboard.RequestFigures;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.document.Pdf;
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
 * A TLV from an OPP to the decision letter (issue 16), in real Chromium against the real database: school staff
 * request a TLV for so/vso from the pupil's OPP and submit it, the case manager assigns two experts, both advise
 * (one orthopedagogue), the region decides, and the school and the parent see the decision and download the letter.
 * The request dashboard counts the decision.
 */
@AppTest
@Tag("e2e")
class RequestToTheRegionE2ETest {

    static final String PASSWORD = "Welkom-2026";
    static final String PARENT_PASSWORD = "Zonnebloem-Kastanje-74";
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
    void aSchoolRequestsATlvTwoExpertsAdviseTheRegionDecidesAndSchoolAndParentSeeTheLetter() throws Exception {
        String[] ids = db.ownerQuery("select o.id || ',' || o.pupil_id from opp o join school s on s.id = o.school_id"
                        + " where s.brin in ('99AA', '99AB') and o.created_by <> 'generator'"
                        + " and o.state not in ('CLOSED', 'DISCARDED') and not exists (select 1 from support_request r"
                        + " where r.opp_id = o.id)"
                        + DemoPupils.ROOM_FOR_A_PARENT
                        + " order by o.created_at limit 1")
                .getFirst()
                .split(",");
        String oppId = ids[0];
        String parentEmail = "ouder-tlv-" + System.nanoTime() + "@example.org";

        // school staff: a parent for the pupil, then a TLV request from the OPP
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), "ib@waterlinie.demo", PASSWORD);
        staff.locator("#current-user").waitFor();
        String activation = inviteParent(staff, oppId, parentEmail);
        staff.navigate(base() + "/opp/plan/" + oppId);
        staff.locator("#opp-request").click();
        staff.waitForURL("**/aanvragen/nieuw/" + oppId);
        staff.locator("#request-type").click();
        option(staff, "TLV (voortgezet) speciaal onderwijs");
        staff.locator("#request-category").click();
        option(staff, "Midden");
        staff.locator("#request-question textarea").fill("Is een plaats in het so cluster 4 passend?");
        staff.locator("#request-basic-support textarea")
                .fill("Verlengde instructie in de groep en een aangepaste leesmethode, een half jaar lang.");
        staff.locator("#request-parents-view textarea").fill("Ouders steunen de aanvraag.");
        staff.locator("#request-start-save").click();
        staff.waitForURL("**/aanvragen/*");
        staff.locator("#request-submit").click();
        assertThat(staff.locator("#request-facts")).containsText("Ingediend");
        Chromium.screenshot(staff, "request-submitted");
        String requestId = staff.url().substring(staff.url().lastIndexOf('/') + 1);

        // the case manager assigns two experts
        Page manager = chromium.laptop();
        Chromium.logIn(manager, base(), "casemanager@waterlinie.demo", PASSWORD);
        manager.locator("#current-user").waitFor();
        manager.navigate(base() + "/regio/aanvragen");
        assertThat(manager.locator("#queue-grid")).isVisible();
        Chromium.screenshot(manager, "request-queue");
        // both on the same page: an assignment updates the assignment card in place, the page is not redrawn
        manager.navigate(base() + "/regio/aanvragen/" + requestId);
        for (String expert : new String[] {"Olga Orthopedagoog", "Jan Jeugdarts"}) {
            Fields.combo(manager, "#assign-expert", expert);
            manager.locator("#assign-expert-save").click();
            assertThat(manager.locator("#request-assigned-experts")).containsText(expert);
        }
        // the facts follow the assignment: the case manager who assigned the experts handles the request
        assertThat(manager.locator("#request-facts")).containsText("Carla Casemanager");

        // both experts advise
        advise("orthopedagoog@waterlinie.demo", requestId, "Orthopedagoog");
        advise("jeugdarts@waterlinie.demo", requestId, "Andere deskundige");

        // the request dashboard before the decision (the figures as computed; on screen a group under 5 is "< 5")
        int tlvsBefore = tlvsGrantedThisYear();
        int grantedBefore = grantedThisYear();

        // the region decides
        manager.navigate(base() + "/regio/aanvragen/" + requestId);
        assertThat(manager.locator("#request-advice")).containsText("Olga Orthopedagoog");
        manager.locator("#decision-outcome").click();
        option(manager, "Toegekend");
        manager.locator("#decision-category").click();
        option(manager, "Midden");
        Fields.date(manager, "#decision-starts", java.time.LocalDate.now().plusWeeks(2));
        Fields.date(manager, "#decision-ends", java.time.LocalDate.now().plusYears(2));
        manager.locator("#decision-reasons textarea").fill("Beide deskundigen adviseren een plaats in het so.");
        manager.locator("#decision-save").click();
        assertThat(manager.locator("#request-decision")).containsText("Toegekend");
        Chromium.screenshot(manager, "request-decided");

        // the request dashboard counts the decision (issue 16 point 4): one TLV more this school year
        manager.navigate(base() + "/dashboard/aanvragen");
        assertThat(manager.locator("#tlv-trend")).isVisible();
        assertThat(manager.locator("#kpi-granted")).isVisible();
        Chromium.screenshot(manager, "request-dashboard");
        assertThat(tlvsGrantedThisYear()).isEqualTo(tlvsBefore + 1);
        assertThat(grantedThisYear()).isEqualTo(grantedBefore + 1);

        // the school sees the decision and the letter
        staff.navigate(base() + "/aanvragen/" + requestId);
        assertThat(staff.locator("#request-decision")).containsText("Toegekend");
        Download letter =
                staff.waitForDownload(() -> staff.locator("#request-letter").click());
        String text = Pdf.text(Files.readAllBytes(letter.path()));
        assertThat(text).contains("toegekend", "bezwaar", "zes weken");

        // the parent activates, logs in and sees the decision and the letter
        Page parent = chromium.phone();
        String secret = activateParent(parent, activation);
        long step = Instant.now().getEpochSecond() / 30;
        Chromium.logIn(parent, base(), parentEmail, PARENT_PASSWORD);
        parent.waitForURL("**/login/code");
        parent.locator("#second-factor-code input").fill(AuthenticatorApp.code(secret, step + 1));
        parent.locator("#second-factor-submit").click();
        parent.locator("[id^=parent-child-]").first().waitFor();
        parent.navigate(base() + "/ouder/besluiten");
        assertThat(parent.locator("#parent-decision-" + requestId)).containsText("Toegekend");
        Download parentLetter = parent.waitForDownload(
                () -> parent.locator("#parent-letter-" + requestId).click());
        assertThat(Pdf.text(Files.readAllBytes(parentLetter.path()))).contains("bezwaar");
        Chromium.screenshot(parent, "request-parent-decision");
    }

    @Autowired
    RequestDashboard requestDashboard;

    @Autowired
    SystemWork system;

    /** The demo region's figures of this school year, as the request dashboard computes them. */
    private RequestFigures figures() {
        UUID region = UUID.fromString(
                db.ownerQuery("select id from region where code = 'PO2999'").getFirst());
        LocalDate today = LocalDate.now();
        return system.call(
                () -> TenantContext.callAs(region, () -> requestDashboard.load(SchoolYear.of(today), today)));
    }

    /** TLVs granted this school year in the region (the TLV trend's last year). */
    private int tlvsGrantedThisYear() {
        return figures().tlvTrend().region().getLast().value();
    }

    /** Requests submitted this school year and granted. */
    private int grantedThisYear() {
        RequestFigures f = figures();
        return f.outcomeTotals().get(f.outcomes().indexOf("GRANTED")).value();
    }

    /** Picks the option with exactly this text in the select that is open. */
    private static void option(Page page, String text) {
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(text).setExact(true))
                .click();
    }

    private void advise(String email, String requestId, String discipline) {
        Page expert = chromium.laptop();
        Chromium.logIn(expert, base(), email, PASSWORD);
        expert.locator("#current-user").waitFor();
        expert.navigate(base() + "/adviezen");
        assertThat(expert.locator("#expert-requests")).isVisible();
        expert.navigate(base() + "/adviezen/" + requestId);
        expert.locator("#advice-discipline").click();
        option(expert, discipline);
        if (discipline.equals("Andere deskundige")) {
            expert.locator("#advice-discipline-other input").fill("Jeugdarts");
        }
        expert.locator("#advice-recommendation").click();
        option(expert, "Toekennen");
        expert.locator("#advice-text textarea").fill("De ondersteuningsbehoefte overstijgt het regulier onderwijs.");
        expert.locator("#advice-save").click();
        assertThat(expert.locator("#request-advice")).containsText("Toekennen");
        Chromium.screenshot(expert, "request-advice-" + discipline.replace(' ', '-'));
    }

    private String inviteParent(Page staff, String oppId, String email) {
        staff.navigate(base() + "/opp/plan/" + oppId);
        staff.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Ouders"))
                .first()
                .click();
        staff.locator("#opp-parents-manage").click();
        staff.locator("#parent-invite-name input").fill("Petra Tlv");
        staff.locator("#parent-invite-email input").fill(email);
        staff.locator("#parent-invite-submit").click();
        return staff.locator("#parent-invite-url").textContent().trim();
    }

    private String activateParent(Page parent, String link) {
        parent.navigate(link);
        String secret = parent.locator("#parent-secret").textContent().replace(" ", "");
        parent.locator("#parent-password input").fill(PARENT_PASSWORD);
        parent.locator("#parent-repeat input").fill(PARENT_PASSWORD);
        parent.locator("#parent-code input")
                .fill(AuthenticatorApp.code(secret, Instant.now().getEpochSecond() / 30));
        parent.locator("#parent-activate").click();
        assertThat(parent.locator("#parent-activated")).containsText("Klaar");
        return secret;
    }
}
