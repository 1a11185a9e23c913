package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a new region's administrator imports DUO's two files (the fixture in DUO's layout),
 * sees the preview, applies it, invites a school staff member, who opens the invitation link, sets
 * a password and logs in. Screenshots in target/screenshots.
 */
@AppTest
@Tag("e2e")
class RegionOnboardingE2ETest {

    static final String REGION = "PO2801";
    static final String PASSWORD = "Welkom-2026";

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    nl.uitzicht.tenancy.RegionDirectory regions;

    @Test
    void aRegionAdminImportsSchoolsFromDuoAndInvitesSchoolStaffWhoLogsIn() {
        UUID region = systemWork.call(() -> {
            UUID created = provisioning
                    .provision(REGION, "SWV Passend Primair Onderwijs Utrecht-Zuid", Sector.PO)
                    .getId();
            var admin = accounts.createAccount("beheer@utrecht-zuid.test", "Anouk Beheer", PASSWORD);
            accounts.grant(admin.id(), created, Role.REGION_ADMIN, Set.of());
            return created;
        });
        String base = "http://localhost:" + port;

        // a busy build machine can take many seconds per step: wait longer, never time anything
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.laptop();
            page.setDefaultTimeout(60_000);
            Chromium.logIn(page, base, "beheer@utrecht-zuid.test", PASSWORD);
            assertThat(page.locator("#current-region")).hasText("SWV Passend Primair Onderwijs Utrecht-Zuid");

            page.navigate(base + "/scholen/duo-import");
            page.locator("#duo-upload input[type=file]").setInputFiles(new Path[] {
                Path.of("src/test/resources/duo/scholen-per-swv.csv"), Path.of("src/test/resources/duo/vestigingen.csv")
            });
            assertThat(page.locator("#duo-summary"))
                    .containsText(
                            java.util.regex.Pattern.compile("65 nieuw"),
                            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#duo-summary")).containsText("65 nieuw, 0 gewijzigd, 0 gesloten, 0 ongewijzigd");
            assertThat(page.locator("#duo-added")).containsText("Basisschool");
            assertThat(page.locator("#duo-preview")).containsText("Latin-1 (Windows-1252)");
            Chromium.screenshot(page, "admin-duo-preview");

            page.locator("#duo-apply").click();
            // applying 65 schools takes a few seconds on a busy machine: wait for it, do not time it
            assertThat(page.locator("#schools-count"))
                    .containsText("65 scholen", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            Chromium.screenshot(page, "admin-schools-imported");
            assertThat(systemWork.call(() -> TenantContext.callAs(region, schools::all)))
                    .hasSize(65);

            // The import is in the region's audit log, with who did it.
            page.navigate(base + "/logboek");
            assertThat(page.locator("#log-grid")).containsText("Scholenimport");
            assertThat(page.locator("#log-count")).containsText("1 regel");
            Chromium.screenshot(page, "admin-log");

            page.navigate(base + "/mensen");
            page.locator("#people-invite").click();
            page.locator("#invite-email input").fill("ib@kompas-houten.test");
            page.locator("#invite-name input").fill("Iris Intern-begeleider");
            page.locator("#invite-roles vaadin-checkbox")
                    .filter(new Locator.FilterOptions().setHasText("Schoolmedewerker"))
                    .click();
            Locator schoolBox = page.locator("#invite-schools input");
            schoolBox.click();
            schoolBox.fill("Basisschool De Achtbaan");
            assertThat(page.locator("#invite-schools")).not().hasAttribute("loading", "");
            page.locator("vaadin-multi-select-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("Basisschool De Achtbaan"))
                    .first()
                    .click();
            assertThat(page.locator("#invite-schools")).hasAttribute("has-value", "");
            page.keyboard().press("Escape");
            Chromium.screenshot(page, "admin-invite-dialog");
            page.locator("#invite-send").click();
            Locator link = page.locator("#invitation-link input");
            assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/uitnodiging/[A-Za-z0-9_-]{43}$"));
            String invitationLink = link.inputValue();
            Chromium.screenshot(page, "admin-invitation-link");
            page.locator("#invitation-link-dialog vaadin-button").last().click();
            assertThat(page.locator("#people-invitations")).containsText("ib@kompas-houten.test");

            Page staff = chromium.laptop();
            staff.setDefaultTimeout(60_000);
            staff.navigate(invitationLink);
            assertThat(staff.locator("#invitation")).containsText("Iris Intern-begeleider");
            staff.locator("#accept-password input").fill("Mijn-eigen-wachtwoord-1");
            staff.locator("#accept-repeat input").fill("Mijn-eigen-wachtwoord-1");
            Chromium.screenshot(staff, "invitation-landing");
            staff.locator("#accept-submit").click();
            assertThat(staff.locator("#invitation-done")).containsText("ib@kompas-houten.test");

            staff.navigate(invitationLink);
            assertThat(staff.locator("#invitation-unusable")).containsText("al gebruikt");

            Chromium.logIn(staff, base, "ib@kompas-houten.test", "Mijn-eigen-wachtwoord-1");
            assertThat(staff.locator("#current-user")).hasText("Iris Intern-begeleider");
            assertThat(staff.locator("#current-region")).hasText("SWV Passend Primair Onderwijs Utrecht-Zuid");
            Chromium.screenshot(staff, "invited-staff-logged-in");

            systemWork.run(() -> regions.suspend(region));
            try {
                staff.navigate(base + "/");
                assertThat(staff.locator("#login-message")).containsText("opgeschort");
                Chromium.screenshot(staff, "suspended-region-signed-out");
            } finally {
                systemWork.run(() -> regions.reactivate(region));
            }

            Page phone = chromium.phone();
            phone.setDefaultTimeout(60_000);
            Chromium.logIn(phone, base, "beheer@utrecht-zuid.test", PASSWORD);
            phone.navigate(base + "/mensen");
            assertThat(phone.locator("#people-members")).containsText("Iris Intern-begeleider");
            Chromium.screenshot(phone, "admin-people-phone");
        } finally {
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        }
    }
}
