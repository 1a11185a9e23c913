package nl.uitzicht.ui.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.budget.ArrangementBudgets;
import nl.uitzicht.budget.BudgetInput;
import nl.uitzicht.budget.SchoolBudget;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RequestRows;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The budget screen without a browser, in a region of its own with a case manager: the lazy grid with what was
 * granted, a budget typed in Dutch notation and saved, a figure that is no number, and a budget changed meanwhile.
 */
@AppTest
@Tag("browserless")
@SuppressWarnings("unchecked")
class BudgetViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ArrangementBudgets budgets;

    @Autowired
    TestDatabases.FreshDatabase db;

    UUID region;
    UUID school;
    final SchoolYear year = SchoolYear.of(LocalDate.now());

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** A region with two schools, three arrangements granted at one of them, and its case manager. */
    private String regionWithCaseManager() {
        String email = "casemanager-" + UUID.randomUUID() + "@budget.test";
        system.run(() -> {
            Region r = regions.register(Unique.regionCode("PO"), "Regio Budget", Sector.PO);
            region = r.getId();
            school = TenantContext.callAs(
                    region,
                    () -> schools.register("41AA", "00", "De Beuk", SchoolType.BAO, null, 250)
                            .id());
            TenantContext.runAs(region, () -> schools.register("41BB", "00", "De Eik", SchoolType.BAO, null, 150));
            var manager = accounts.createAccount(email, "Carla Casus", "een-lang-wachtwoord-2026");
            accounts.grant(manager.id(), region, Role.CASE_MANAGER, Set.of());
        });
        RequestRows rows = new RequestRows(db, region);
        LocalDate start = year.firstDay().plusDays(40);
        for (int i = 0; i < 3; i++) {
            UUID id = rows.request(school, "INDIVIDUAL_ARRANGEMENT", start.minusWeeks(6), start, "SUBMITTED", null);
            rows.decide(
                    id,
                    "GRANTED",
                    start.minusWeeks(1),
                    start,
                    start.plusMonths(9),
                    new BigDecimal("1500.00"),
                    new BigDecimal("12"));
        }
        return email;
    }

    @Test
    void theCaseManagerSetsABudgetNextToWhatWasGranted() {
        signIn.as(regionWithCaseManager());
        navigate(BudgetView.class);
        Grid<SchoolBudget> grid = find(Grid.class).id("budget-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).schoolName()).isEqualTo("De Beuk");
        assertThat(test(grid).getRow(0).grantedAmount()).isEqualByComparingTo("4500");
        assertThat(test(grid).getRow(0).arrangements()).isEqualTo(3);
        assertThat(find(Div.class).id("budget-totals").getElement().getProperty("innerHTML"))
                .contains("4.500,00")
                .contains("3 arrangementen");

        test(grid).clickRow(0);
        BudgetDialog dialog = find(BudgetDialog.class).single();
        test(dialog.amount).setValue("12.500,50");
        test(dialog.hours).setValue("veel");
        test(find(Button.class).id("budget-save")).click();
        assertThat(dialog.hours.isInvalid()).isTrue();
        assertThat(dialog.hours.getErrorMessage()).isEqualTo("Vul een getal in, bijvoorbeeld 12500,00.");
        assertThat(dialog.amount.getValue()).as("what was typed stays").isEqualTo("12.500,50");

        test(dialog.hours).setValue("100");
        test(find(Button.class).id("budget-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(grid).getRow(0).budgetAmount()).isEqualByComparingTo("12500.50");
        assertThat(test(grid).getRow(0).remainingAmount()).isEqualByComparingTo("8000.50");
        assertThat(test(grid).getRow(0).remainingHours()).isEqualByComparingTo("64");
    }

    @Test
    void aBudgetChangedMeanwhileIsToldAndNotOverwritten() {
        String email = regionWithCaseManager();
        var me = signIn.as(email);
        navigate(BudgetView.class);
        Grid<SchoolBudget> grid = find(Grid.class).id("budget-grid");
        test(grid).clickRow(1);
        BudgetDialog dialog = find(BudgetDialog.class).single();
        // Someone else sets De Eik's budget while the dialog is open.
        UUID eik = test(grid).getRow(1).schoolId();
        TenantContext.runAs(
                region,
                () -> budgets.set(
                        new Actor(me.accountId(), me.displayName()),
                        eik,
                        year.startYear(),
                        new BudgetInput(new BigDecimal("999"), null),
                        null));
        test(dialog.amount).setValue("5000");
        test(find(Button.class).id("budget-save")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).startsWith("Iemand anders heeft dit budget intussen gewijzigd.");
        assertThat(TenantContext.callAs(region, () -> budgets.of(eik, year.startYear()))
                        .budgetAmount())
                .isEqualByComparingTo("999");
    }
}
