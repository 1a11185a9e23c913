package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.StatementCounter;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What opening an OPP costs in SQL statements (issue 13): a bounded number, the same for a plan with
 * two goals and one version as for one with many goals and several versions (no statement per goal or
 * per version). The bounds are the measured counts; raise one only with a reason.
 */
@PlatformTest
@WithRole(system = true)
class OppStatementCountTest {

    /**
     * Opening: the tenant set-up, the OPP, the pupil, the current version and its four lists, the audit
     * INSERT. Before issue 13: 10 (the audit record was merged: a SELECT before its INSERT).
     */
    static final int OPEN = 9;

    /**
     * The history: the tenant set-up, the OPP, conversations, observations, evaluations, the versions and
     * their four lists for all versions at once, the audit INSERT. Before issue 13: 8 + 4 per version
     * (12 for one version, 16 for two).
     */
    static final int HISTORY = 11;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppWorkflow workflow;

    @Autowired
    OppMonitoring monitoring;

    OppFixture f;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void region() {
        f = new OppFixture(regions, schools, categories);
    }

    private <T> T as(Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    @Test
    void openingAPlanCostsTheSameStatementsWhateverItsGoalsAndVersions() {
        OppPlan small = draft("Sam");
        OppPlan large = draft("Noor");
        for (int i = 0; i < 10; i++) {
            OppPlan before = large;
            int n = i;
            large = as(() -> editor.addGoal(
                    f.staffA,
                    before.id(),
                    before.version(),
                    FactorDomain.LEARNING,
                    "Extra doel " + n,
                    "nu",
                    "toets",
                    today.plusMonths(3)));
        }
        large = secondVersion(large);
        assertThat(large.versionNo()).isEqualTo(2);
        assertThat(large.content().handelingsdeel().goals()).hasSizeGreaterThan(10);
        // Measured monitoring on every goal (ADR 0083): the evaluation's courses come from the history's one list.
        OppPlan measured = large;
        for (Goal goal : measured.content().handelingsdeel().goals()) {
            for (int day = 0; day < 3; day++) {
                int n = day;
                as(() -> monitoring.record(
                        f.staffA,
                        measured.id(),
                        UUID.randomUUID(),
                        new ObservationInput(
                                goal.key(),
                                null,
                                today.minusDays(n),
                                MeasureKind.SCORE,
                                java.math.BigDecimal.valueOf(20 + n),
                                java.math.BigDecimal.valueOf(40),
                                "Toets " + n)));
            }
        }

        List<String> openSmall = StatementCounter.record(() -> as(() -> plans.open(f.staffA, small.id())))
                .statements();
        OppPlan l = large;
        List<String> openLarge = StatementCounter.record(() -> as(() -> plans.open(f.staffA, l.id())))
                .statements();
        List<String> historySmall = StatementCounter.record(() -> as(() -> plans.history(f.staffA, small.id())))
                .statements();
        List<String> historyLarge = StatementCounter.record(() -> as(() -> plans.history(f.staffA, l.id())))
                .statements();

        System.out.printf(
                "statements: open %d / %d, history %d / %d%n",
                openSmall.size(), openLarge.size(), historySmall.size(), historyLarge.size());
        assertThat(openLarge).as("open, plan with 12 goals").hasSameSizeAs(openSmall);
        assertThat(openSmall).as("open").hasSizeLessThanOrEqualTo(OPEN);
        assertThat(historyLarge)
                .as("history, plan with 2 versions and 36 measured observations")
                .hasSameSizeAs(historySmall);
        assertThat(historySmall).as("history").hasSizeLessThanOrEqualTo(HISTORY);
    }

    /** A page of the OPP list and its count (what the lazy grid reads when the list opens); measured. */
    static final int LIST_PAGE = 6;

    @Test
    void aPageOfTheListCostsTheSameStatementsWhateverTheNumberOfPlans() {
        draft("Sam");
        draft("Noor");
        int two = listPageStatements();
        for (int i = 0; i < 10; i++) {
            draft("Kind " + i);
        }
        int twelve = listPageStatements();
        System.out.printf("statements: list page %d / %d%n", two, twelve);
        assertThat(twelve).as("a list of 12 plans").isEqualTo(two);
        assertThat(two).isLessThanOrEqualTo(LIST_PAGE);
    }

    private int listPageStatements() {
        return StatementCounter.record(() -> as(() -> {
                    plans.count(f.staffA);
                    return plans.page(f.staffA, 0, 50);
                }))
                .statements()
                .size();
    }

    private OppPlan draft(String name) {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, name, today.minusWeeks(3));
        return f.completeDraft(plans, editor, pupil.id(), today.minusWeeks(3));
    }

    /** Consultation, consent and the start of an evaluation: the plan gets its version 2. */
    private OppPlan secondVersion(OppPlan p) {
        OppPlan consult = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        OppPlan talked = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                consult.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(2), "Moeder, IB", "Doelen besproken", null, null)));
        OppPlan awaiting = as(() -> workflow.requestConsent(f.staffA, p.id(), talked.version()));
        OppPlan active = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                awaiting.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(1), "Moeder, IB", "Akkoord", ConsentOutcome.CONSENT, null)));
        return as(() -> workflow.startEvaluation(f.staffA, p.id(), active.version()));
    }
}
