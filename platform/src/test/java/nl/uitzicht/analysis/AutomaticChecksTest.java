package nl.uitzicht.analysis;

import static nl.uitzicht.analysis.AutomaticCheck.Outcome.FAIL;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.NOT_DUE;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
@WithRole(system = true)
class AutomaticChecksTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppWorkflow workflow;

    @Autowired
    AutomaticChecks checks;

    @Test
    void aCompleteOppConsentedInTimePassesEveryCheck() {
        AnalysisFixture f = new AnalysisFixture(regions, schools, categories, accounts);
        LocalDate today = LocalDate.now();
        UUID opp = f.complete(pupils, plans, editor, workflow, "Sam", today.minusDays(30), today.minusDays(5));
        CheckReport report = TenantContext.callAs(f.region, () -> checks.of(opp, today));
        assertThat(report.outcomes())
                .containsOnlyKeys(AutomaticCheck.values())
                .allSatisfy((k, v) -> assertThat(v).isEqualTo(PASS));
        assertThat(report.pages()).isBetween(1, 5);
        assertThat(report.compliant()).isTrue();
        // A year and a day after consent without an evaluation, the yearly evaluation fails.
        CheckReport later = TenantContext.callAs(
                f.region, () -> checks.of(opp, today.minusDays(5).plusYears(1).plusDays(1)));
        assertThat(later.outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR)).isEqualTo(FAIL);
        assertThat(later.compliant()).isFalse();
    }

    @Test
    void aLateConsentAndAnEmptyDraftFailWhatIsDue() {
        AnalysisFixture f = new AnalysisFixture(regions, schools, categories, accounts);
        LocalDate today = LocalDate.now();
        UUID late = f.complete(pupils, plans, editor, workflow, "Noor", today.minusDays(80), today.minusDays(2));
        CheckReport lateReport = TenantContext.callAs(f.region, () -> checks.of(late, today));
        assertThat(lateReport.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(FAIL);
        assertThat(lateReport.outcome(AutomaticCheck.CONSENT)).isEqualTo(PASS);

        UUID fresh = f.draft(pupils, plans, "Jip", today.minusDays(3));
        CheckReport freshReport = TenantContext.callAs(f.region, () -> checks.of(fresh, today));
        assertThat(freshReport.outcome(AutomaticCheck.LEGAL_PARTS)).isEqualTo(FAIL);
        assertThat(freshReport.outcome(AutomaticCheck.PUPIL_VIEW)).isEqualTo(FAIL);
        assertThat(freshReport.outcome(AutomaticCheck.CONSENT)).isEqualTo(NOT_DUE);
        assertThat(freshReport.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(NOT_DUE);
        assertThat(freshReport.outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR)).isEqualTo(NOT_DUE);

        UUID overdue = f.draft(pupils, plans, "Mees", today.minusDays(60));
        CheckReport overdueReport = TenantContext.callAs(f.region, () -> checks.of(overdue, today));
        assertThat(overdueReport.outcome(AutomaticCheck.CONSENT)).isEqualTo(FAIL);
        assertThat(overdueReport.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(FAIL);
    }
}
