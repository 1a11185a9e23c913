package nl.uitzicht.ui.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.ClosingInput;
import nl.uitzicht.opp.ClosingReason;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.ui.error.AccessDeniedView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The region admin's school-year screen in a region of its own: settings saved (a bad day refused in Dutch,
 * the value kept), the rollover's dry run per school and then the run, the retention job's dry run and run;
 * a school staff member gets the access-denied page.
 */
@AppTest
@Tag("browserless")
class SchoolYearViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppLifecycle lifecycle;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** A region with one school, a pupil in groep 3, a pupil whose plan ended 3 years ago, and its admin. */
    private String regionWithAdmin() {
        String email = "beheer-" + UUID.randomUUID() + "@schooljaar.test";
        system.run(() -> {
            String code;
            do {
                code = "PO" + (5000 + ThreadLocalRandom.current().nextInt(4000));
            } while (regions.codeTaken(code));
            Region region = regions.register(code, "Regio Schooljaar", Sector.PO);
            TenantContext.runAs(region.getId(), () -> {
                UUID school = schools.register("31AA", "00", "De Wilg", SchoolType.BAO, null, 180)
                        .id();
                StaffScope staff = new StaffScope(new Actor(UUID.randomUUID(), "IB"), Set.of(school));
                LocalDate enrolled = today.minusYears(5);
                pupils.register(staff, school, new PupilInput("Tess", 2019, "Groep 3", enrolled, null));
                var sem = pupils.register(staff, school, new PupilInput("Sem", 2015, "Groep 7", enrolled, null));
                OppPlan plan = plans.start(staff, sem.id(), today.minusYears(4));
                lifecycle.close(
                        staff,
                        plan.id(),
                        plan.version(),
                        new ClosingInput(today.minusYears(3), ClosingReason.GOALS_REACHED, null, null));
            });
            var admin = accounts.createAccount(email, "Rita Regio", "een-lang-wachtwoord-2026");
            accounts.grant(admin.id(), region.getId(), Role.REGION_ADMIN, Set.of());
        });
        return email;
    }

    @SuppressWarnings("unchecked")
    @Test
    void theAdminSavesTheSettingsReviewsBothDryRunsAndRunsThem() {
        signIn.as(regionWithAdmin());
        navigate(SchoolYearView.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Schooljaar en bewaartermijn");

        IntegerField day = find(IntegerField.class).id("rollover-day");
        Select<Integer> years = find(Select.class).id("retention-years");
        assertThat(day.getValue()).isEqualTo(1);
        assertThat(years.getValue()).isEqualTo(2);
        test(day).setValue(31);
        test(find(Button.class).id("schoolyear-save")).click();
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("Kies een maand en een dag van 1 tot en met 28.");
        assertThat(day.getValue()).as("nothing typed is lost").isEqualTo(31);
        test(day).setValue(1);
        test(find(Button.class).id("schoolyear-save")).click();
        assertThat(day.isInvalid()).isFalse();

        // The rollover: the dry run per school, a school's rows, then the run.
        test(find(Button.class).id("rollover-preview")).click();
        assertThat(find(Paragraph.class).id("rollover-status").getText()).contains("De proefrun vindt 2 wijzigingen");
        Grid<SchoolCount> perSchool = find(Grid.class).id("rollover-schools");
        assertThat(test(perSchool).size()).isEqualTo(1);
        assertThat(test(perSchool).getCellText(0, 0)).isEqualTo("De Wilg");
        test(perSchool).select(0);
        Grid<?> rows = find(Grid.class).id("rollover-rows");
        assertThat(rows.isVisible()).isTrue();
        assertThat(test(rows).size()).isEqualTo(2);
        assertThat(test(rows).getCellText(0, 3)).isEqualTo("Groep 4");
        test(find(Button.class).id("rollover-run")).click();
        test(find(ConfirmDialog.class).first()).confirm();
        assertThat(find(Paragraph.class).id("rollover-status").getText()).contains("is gestart");
        assertThat(find(Button.class).all())
                .as("nothing more to run")
                .noneMatch(b -> "rollover-run".equals(b.getId().orElse(null)));
        test(find(Button.class).id("rollover-preview")).click();
        assertThat(find(Paragraph.class).id("rollover-status").getText())
                .contains("is al gestart")
                .contains("Rita Regio");

        // The retention job: Sem's plan ended three years ago.
        test(find(Button.class).id("retention-preview")).click();
        assertThat(find(Paragraph.class).id("retention-status").getText())
                .startsWith("Vandaag zijn 1 OPP's en 0 leerlingen aan de beurt");
        Grid<SchoolCount> files = find(Grid.class).id("retention-schools");
        test(files).select(0);
        assertThat(test(find(Grid.class).id("retention-files")).getCellText(0, 0))
                .isEqualTo("Sem");
        test(find(Button.class).id("retention-run")).click();
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(find(Paragraph.class).id("retention-status").getText()).startsWith("1 OPP's en 0 leerlingen gewist");
        test(find(Button.class).id("retention-preview")).click();
        assertThat(find(Paragraph.class).id("retention-status").getText())
                .startsWith("Vandaag zijn 0 OPP's en 0 leerlingen aan de beurt");
    }

    @Test
    void schoolStaffGetTheAccessDeniedPage() {
        signIn.as("ib@waterlinie.demo");
        navigate("schooljaar", AccessDeniedView.class);
        assertThat(find(com.vaadin.flow.component.Component.class).all()).noneMatch(c -> c instanceof SchoolYearView);
    }
}
