package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
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
 * Issue 12's findings, tried in Chromium the way they were found: a region administrator tries to
 * take over another region's administrator account through an invitation, and a revoked staff
 * member's open session keeps working.
 */
@AppTest
@Tag("e2e")
class SecurityE2ETest {

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
    void anInvitationCannotTakeOverAnotherRegionsAdministratorAccount() {
        Page attacker = chromium.laptop();
        Chromium.logIn(attacker, base(), "beheer@waterlinie.demo", PASSWORD);
        assertThat(attacker.locator("#current-region")).hasText("SWV De Waterlinie (demo)");
        attacker.navigate(base() + "/mensen");
        attacker.locator("#people-invite").click();
        attacker.locator("#invite-email input").fill("beheer@heuvelrug.demo");
        attacker.locator("#invite-name input").fill("Overname Poging");
        attacker.locator("#invite-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Beleidsmedewerker"))
                .click();
        attacker.locator("#invite-send").click();
        Locator link = attacker.locator("#invitation-link input");
        assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/uitnodiging/[A-Za-z0-9_-]{43}$"));
        String invitationLink = link.inputValue();

        Page landing = chromium.laptop();
        landing.navigate(invitationLink);
        assertThat(landing.locator("#accept-existing")).containsText("bestaat al een Uitzicht-account");
        assertThat(landing.locator("#accept-password")).hasCount(0);
        landing.locator("#accept-own-password input").fill("Aanvaller-kiest-2026");
        landing.locator("#accept-own-submit").click();
        assertThat(landing.locator("#accept-own-password")).hasAttribute("invalid", "");
        Chromium.screenshot(landing, "security-invitation-existing-account");

        Page attackerLogin = chromium.laptop();
        Chromium.logIn(attackerLogin, base(), "beheer@heuvelrug.demo", "Aanvaller-kiest-2026");
        assertThat(attackerLogin.locator("#current-user")).hasCount(0);

        Page owner = chromium.laptop();
        Chromium.logIn(owner, base(), "beheer@heuvelrug.demo", PASSWORD);
        assertThat(owner.locator("#current-region")).hasText("SWV VO Heuvelrug (demo)");
    }

    @Test
    void aRevokedStaffMembersOpenSessionLosesAccessAtTheNextClick() {
        // an account of its own, so the demo accounts other test classes use stay as they are
        staffMember("ilse.ingetrokken@waterlinie.demo", "Ilse Ingetrokken", "PO2999", "Basisschool De Regenboog");
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), "ilse.ingetrokken@waterlinie.demo", PASSWORD);
        staff.navigate(base() + "/opp");
        assertThat(staff.locator("#opp-grid")).isVisible();

        Page admin = chromium.laptop();
        Chromium.logIn(admin, base(), "beheer@waterlinie.demo", PASSWORD);
        admin.navigate(base() + "/mensen");
        admin.locator("#people-members vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions()
                        .setHas(admin.locator(
                                "vaadin-button", new Page.LocatorOptions().setHasText("Toegang intrekken"))))
                .filter(new Locator.FilterOptions().setHasText("Toegang intrekken"))
                .nth(rowOf(admin, "ilse.ingetrokken@waterlinie.demo"))
                .locator("vaadin-button", new Locator.LocatorOptions().setHasText("Toegang intrekken"))
                .click();
        // The safe answer has the focus: Enter does not revoke.
        assertThat(admin.locator("vaadin-confirm-dialog vaadin-button[slot='cancel-button']"))
                .isFocused();
        admin.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Toegang intrekken"))
                .last()
                .click();
        assertThat(admin.locator("#people-members")).not().containsText("ilse.ingetrokken@waterlinie.demo");

        // The next click in the open session (a Vaadin request, not a page load) ends it.
        staff.waitForTimeout(2_500);
        staff.locator("#main-nav").getByText("Start").first().click();
        assertThat(staff.locator("#login-message")).containsText("toegang tot deze regio is ingetrokken");
        Chromium.screenshot(staff, "security-revoked-session");
        staff.navigate(base() + "/opp");
        assertThat(staff.locator("#opp-grid")).hasCount(0);
    }

    @Test
    void aChangeOfSchoolsTakesEffectInTheOpenSessionWithoutANewLogin() {
        UUID zoe = staffMember(
                "zoe.scholen@heuvelrug.demo", "Zoë Scholen", "VO2999", "Heuvelrug College", "Heuvelrug College, vmbo");
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), "zoe.scholen@heuvelrug.demo", PASSWORD);
        assertThat(staff.locator("#card-staff")).containsText("Heuvelrug College, vmbo");

        UUID region = regions.findByCode("VO2999").orElseThrow().getId();
        systemWork.run(() ->
                accounts.changeRoles(zoe, region, Set.of(Role.SCHOOL_STAFF), Set.of(schoolId("Heuvelrug College"))));

        staff.waitForTimeout(2_500);
        staff.locator("#main-nav").getByText("Start").first().click();
        staff.reload();
        assertThat(staff.locator("#current-user")).isVisible();
        assertThat(staff.locator("#card-staff")).containsText("Heuvelrug College");
        assertThat(staff.locator("#card-staff")).not().containsText("Heuvelrug College, vmbo");
    }

    /** A new school staff member of these schools (by name) in the region, with the demo password. */
    private UUID staffMember(String email, String name, String regionCode, String... schools) {
        UUID region = regions.findByCode(regionCode).orElseThrow().getId();
        Set<UUID> schoolIds =
                java.util.Arrays.stream(schools).map(this::schoolId).collect(java.util.stream.Collectors.toSet());
        return systemWork.call(() -> {
            UUID id = accounts.createAccount(email, name, PASSWORD).id();
            accounts.grant(id, region, Role.SCHOOL_STAFF, schoolIds);
            return id;
        });
    }

    private UUID schoolId(String name) {
        return UUID.fromString(db.ownerQuery("select id from school where name = '" + name.replace("'", "''") + "'")
                .getFirst());
    }

    /** The index, among the rows with actions, of the person's row (the grid lists people by name). */
    private static int rowOf(Page page, String email) {
        Locator emails = page.locator("#people-members vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("@.*\\.demo$")));
        assertThat(emails.filter(new Locator.FilterOptions().setHasText(email))).hasCount(1);
        java.util.List<String> all = emails.allInnerTexts();
        return all.indexOf(email);
    }
}
