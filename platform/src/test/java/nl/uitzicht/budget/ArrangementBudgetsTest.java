package nl.uitzicht.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.RequestRows;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Budgets per school and school year against what the decisions granted (ADR 0095), on real PostgreSQL: the sums
 * computed by hand, optimistic locking, validation, audit, and who may read and set them.
 */
@PlatformTest
@WithRole(system = true)
class ArrangementBudgetsTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    ArrangementBudgets budgets;

    @Autowired
    TestDatabases.FreshDatabase db;

    UUID region;
    UUID schoolA;
    UUID schoolB;
    RequestRows rows;
    final int year = nl.uitzicht.dashboard.SchoolYear.of(LocalDate.now()).startYear();
    final LocalDate inYear = LocalDate.of(year, 9, 15);
    final Callers.TestPerson caseManagerPerson = new Callers.TestPerson(UUID.randomUUID(), java.util.Set.of());
    final Actor caseManager = new Actor(caseManagerPerson.accountId(), "Casus Manager");

    @BeforeEach
    void region() {
        Callers.signIn(Callers.system());
        region = regions.register(Unique.regionCode("PO"), "Budgetregio", Sector.PO)
                .getId();
        schoolA = TenantContext.callAs(
                region,
                () -> schools.register("62AA", "00", "Aa-school", SchoolType.BAO, null, 300)
                        .id());
        schoolB = TenantContext.callAs(
                region,
                () -> schools.register("62BB", "00", "Bb-school", SchoolType.BAO, null, 200)
                        .id());
        rows = new RequestRows(db, region);
        Callers.signIn(Callers.person(caseManagerPerson, Role.CASE_MANAGER));
    }

    void decided(UUID school, String type, String outcome, LocalDate startsOn, String amount, String hours) {
        UUID id = rows.request(school, type, startsOn.minusWeeks(6), startsOn.minusWeeks(1), "SUBMITTED", null);
        rows.decide(
                id,
                outcome,
                startsOn.minusWeeks(2),
                outcome.equals("REFUSED") ? null : startsOn,
                outcome.equals("REFUSED") ? null : startsOn.plusMonths(10),
                amount == null ? null : new BigDecimal(amount),
                hours == null ? null : new BigDecimal(hours));
    }

    <T> T inRegion(java.util.function.Supplier<T> body) {
        return TenantContext.callAs(region, body);
    }

    @Test
    void grantedArrangementsOfTheSchoolYearAddUpNextToTheBudget() {
        for (int i = 0; i < 6; i++) {
            decided(schoolA, "INDIVIDUAL_ARRANGEMENT", "GRANTED", inYear, "1000.00", "10");
        }
        decided(schoolA, "GROUP_ARRANGEMENT", "PARTLY", inYear.plusMonths(3), "250.00", "2.5");
        decided(schoolA, "INDIVIDUAL_ARRANGEMENT", "REFUSED", inYear, null, null); // refused: nothing granted
        decided(schoolA, "TLV_SBO", "GRANTED", inYear, null, null); // a TLV is no arrangement
        decided(schoolA, "INDIVIDUAL_ARRANGEMENT", "GRANTED", LocalDate.of(year, 7, 31), "999", null); // last year
        decided(schoolB, "INDIVIDUAL_ARRANGEMENT", "GRANTED", LocalDate.of(year + 1, 7, 31), "400", "4"); // last day

        SchoolBudget a = inRegion(() -> budgets.of(schoolA, year));
        // 6 x 1000 + 250 euros, 6 x 10 + 2.5 hours, in 7 arrangements; no budget yet.
        assertThat(a.arrangements()).isEqualTo(7);
        assertThat(a.grantedAmount()).isEqualByComparingTo("6250");
        assertThat(a.grantedHours()).isEqualByComparingTo("62.5");
        assertThat(a.budgetAmount()).isNull();
        assertThat(a.version()).isNull();
        assertThat(a.remainingAmount()).isNull();

        SchoolBudget set = inRegion(() -> budgets.set(
                caseManager, schoolA, year, new BudgetInput(new BigDecimal("6000"), new BigDecimal("80")), null));
        assertThat(set.budgetAmount()).isEqualByComparingTo("6000");
        assertThat(set.remainingAmount()).isEqualByComparingTo("-250");
        assertThat(set.remainingHours()).isEqualByComparingTo("17.5");
        assertThat(set.overBudget()).isTrue();

        List<SchoolBudget> page = inRegion(() -> budgets.page(year, 0, 50));
        assertThat(page).extracting(SchoolBudget::schoolName).containsExactly("Aa-school", "Bb-school");
        assertThat(page.get(1).grantedAmount()).isEqualByComparingTo("400");
        assertThat(inRegion(() -> budgets.count(year))).isEqualTo(2);
        assertThat(inRegion(() -> budgets.page(year, 1, 1)))
                .extracting(SchoolBudget::schoolName)
                .containsExactly("Bb-school");
        BudgetTotals totals = inRegion(() -> budgets.totals(year));
        assertThat(totals.budgetAmount()).isEqualByComparingTo("6000");
        assertThat(totals.grantedAmount()).isEqualByComparingTo("6650");
        assertThat(totals.arrangements()).isEqualTo(8);
        // The year before: only the arrangement that started on 31 July.
        assertThat(inRegion(() -> budgets.of(schoolA, year - 1)).grantedAmount())
                .isEqualByComparingTo("999");
    }

    @Test
    void aBudgetChangedMeanwhileIsNotOverwrittenAndEveryChangeIsAudited() {
        SchoolBudget first = inRegion(
                () -> budgets.set(caseManager, schoolA, year, new BudgetInput(new BigDecimal("5000"), null), null));
        // A second editor who also saw "no budget" may not create it again.
        assertThatThrownBy(() -> inRegion(() ->
                        budgets.set(caseManager, schoolA, year, new BudgetInput(new BigDecimal("1"), null), null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        SchoolBudget second = inRegion(() ->
                budgets.set(caseManager, schoolA, year, new BudgetInput(null, new BigDecimal("40")), first.version()));
        assertThat(second.budgetAmount()).isNull();
        assertThat(second.budgetHours()).isEqualByComparingTo("40");
        // The version the first editor saw is gone.
        assertThatThrownBy(() -> inRegion(() -> budgets.set(
                        caseManager, schoolA, year, new BudgetInput(new BigDecimal("7"), null), first.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(inRegion(() -> budgets.of(schoolA, year)).budgetHours()).isEqualByComparingTo("40");
        List<String> audit = db.ownerQuery("select detail from audit_event where tenant_id = '" + region
                + "' and subject_type = 'ARRANGEMENT_BUDGET' order by occurred_at");
        assertThat(audit).hasSize(2);
        assertThat(audit.getLast()).contains("Aa-school").contains("hours 40").contains("was 5000");
    }

    @Test
    void badFiguresAreRefusedWithAMessagePerField() {
        assertThat(problem(new BudgetInput(null, null))).containsEntry("amount", "budget.error.empty");
        assertThat(problem(new BudgetInput(new BigDecimal("-1"), null)))
                .containsEntry("amount", "budget.error.negative");
        assertThat(problem(new BudgetInput(new BigDecimal("1.005"), new BigDecimal("1.25"))))
                .containsEntry("amount", "budget.error.amount.scale")
                .containsEntry("hours", "budget.error.hours.scale");
        assertThat(problem(new BudgetInput(new BigDecimal("10000000000"), new BigDecimal("10000000"))))
                .containsEntry("amount", "budget.error.amount.tooLarge")
                .containsEntry("hours", "budget.error.hours.tooLarge");
        assertThatThrownBy(() -> inRegion(() -> budgets.page(1999, 0, 10))).isInstanceOf(InvalidInput.class);
        assertThat(db.ownerQuery("select count(*) from arrangement_budget where tenant_id = '" + region + "'"))
                .containsExactly("0");
    }

    java.util.Map<String, String> problem(BudgetInput input) {
        try {
            inRegion(() -> budgets.set(caseManager, schoolA, year, input, null));
        } catch (InvalidInput e) {
            return e.byField();
        }
        throw new AssertionError("accepted: " + input);
    }

    @Test
    void anotherRegionsSchoolCannotBeReadOrGivenABudget() {
        Callers.signIn(Callers.system());
        UUID other = regions.register(Unique.regionCode("PO"), "Andere regio", Sector.PO)
                .getId();
        Callers.signIn(Callers.person(caseManagerPerson, Role.CASE_MANAGER));
        assertThatThrownBy(() -> TenantContext.callAs(
                        other,
                        () -> budgets.set(caseManager, schoolA, year, new BudgetInput(BigDecimal.TEN, null), null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(TenantContext.callAs(other, () -> budgets.page(year, 0, 50))).isEmpty();
        assertThat(db.ownerQuery("select count(*) from arrangement_budget where school_id = '" + schoolA + "'"))
                .containsExactly("0");
    }

    @Test
    void onlyCaseManagersAndRegionAdminsReadOrSetBudgets() {
        Callers.signIn(Callers.person(Role.REGION_ADMIN));
        assertThat(inRegion(() -> budgets.count(year))).isEqualTo(2);
        for (Role refused : List.of(Role.POLICY, Role.SCHOOL_STAFF, Role.EXPERT, Role.TRAINER, Role.PARENT)) {
            Callers.signIn(Callers.person(refused));
            assertThatThrownBy(() -> inRegion(() -> budgets.page(year, 0, 10)))
                    .as(refused.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inRegion(
                            () -> budgets.set(caseManager, schoolA, year, new BudgetInput(BigDecimal.ONE, null), null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Callers.signIn(Callers.anonymous());
        assertThatThrownBy(() -> inRegion(() -> budgets.count(year))).isInstanceOf(AccessDeniedException.class);
        // A case manager sets a budget in their own name only.
        Callers.signIn(Callers.person(Role.CASE_MANAGER));
        assertThatThrownBy(() -> inRegion(
                        () -> budgets.set(caseManager, schoolA, year, new BudgetInput(BigDecimal.ONE, null), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
