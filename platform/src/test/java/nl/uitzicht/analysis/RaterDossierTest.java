package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.EvaluationInput;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.ObservationInput;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rater reads the whole plan (issue 18 point 2): the version the round fixed, its consent, the pupil's view,
 * monitoring with measured courses and the evaluations, with the pupil's and the recorders' names taken out;
 * raters not in the round and people of another region read nothing.
 */
@PlatformTest
@WithRole(system = true)
class RaterDossierTest {

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
    OppMonitoring monitoring;

    @Autowired
    Checklists checklists;

    @Autowired
    ScoringRounds rounds;

    @Autowired
    TestDatabases.FreshDatabase db;

    AnalysisFixture f;
    Analyst trainer;
    Analyst anna;
    Analyst ilse;
    UUID opp;
    UUID other;
    UUID goal;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aRoundOnAConsentedPlanWithMonitoring() {
        f = new AnalysisFixture(regions, schools, categories, accounts);
        trainer = f.person("Tom Trainer", Role.TRAINER);
        anna = f.person("Anna Beoordelaar", Role.TRAINER);
        ilse = f.person("Ilse Staff", Role.SCHOOL_STAFF);
        opp = f.complete(pupils, plans, editor, workflow, "Sam Jansen", today.minusDays(70), today.minusDays(40));
        other = f.draft(pupils, plans, "Noor de Vries", today.minusDays(20));
        run(() -> {
            OppPlan p = plans.open(f.staff, opp);
            goal = p.content().handelingsdeel().goals().getFirst().key();
            monitoring.record(
                    f.staff,
                    opp,
                    UUID.randomUUID(),
                    new ObservationInput(
                            goal,
                            null,
                            today.minusDays(30),
                            MeasureKind.SCALE,
                            BigDecimal.valueOf(2),
                            BigDecimal.valueOf(4),
                            "Sam leest met juf Ilse twee keer per week."));
            monitoring.record(
                    f.staff,
                    opp,
                    UUID.randomUUID(),
                    new ObservationInput(
                            goal,
                            null,
                            today.minusDays(10),
                            MeasureKind.SCALE,
                            BigDecimal.valueOf(3),
                            BigDecimal.valueOf(4),
                            "Jansen leest vlotter."));
        });
    }

    private <T> T as(java.util.function.Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    private void run(Runnable body) {
        TenantContext.runAs(f.region, body);
    }

    private UUID startRound() {
        return as(() -> rounds.start(
                        trainer,
                        "Ronde voorjaar",
                        as(checklists::standard).id(),
                        List.of(opp, other),
                        List.of(anna.accountId(), ilse.accountId()),
                        2))
                .id();
    }

    @Test
    void theRaterReadsTheFixedVersionWithConsentPupilMonitoringAndEvaluationWithoutNames() {
        UUID round = startRound();
        // After the round started, the school evaluates and adjusts the plan: version 2, with another pupil's view.
        run(() -> {
            OppPlan p = workflow.startEvaluation(
                    f.staff, opp, plans.open(f.staff, opp).version());
            p = editor.savePupilView(f.staff, opp, p.version(), "Nieuwe stem na de evaluatie.", today);
            workflow.completeEvaluation(
                    f.staff,
                    opp,
                    p.version(),
                    UUID.randomUUID(),
                    new EvaluationInput(
                            today,
                            "Moeder, mentor",
                            "Sam vindt lezen nu leuker.",
                            "Ouders zien dat Sam vaker leest.",
                            List.of(new GoalEvaluation(goal, GoalResult.PARTLY, "Van niveau 2 naar 3 (Ilse).")),
                            EvaluationDecision.CONTINUE,
                            ConsentOutcome.CONSENT));
        });

        RaterDossier d = as(() -> rounds.dossier(anna, round, opp));

        // The version the round fixed, not the one the plan is at now.
        assertThat(d.versionNo()).isEqualTo(1);
        assertThat(d.currentVersionNo()).isEqualTo(2);
        assertThat(d.content().versionNo()).isEqualTo(1);
        assertThat(d.content().pupilView()).isEqualTo("Ik wil strips lezen.");
        // The three legal parts.
        assertThat(d.content().legalPartsComplete()).isTrue();
        // Consent: the conversation on version 1 (not the evaluation's consent on version 2), with its date.
        assertThat(d.content().consentedOn()).isEqualTo(today.minusDays(40));
        assertThat(d.conversations()).singleElement().satisfies(c -> {
            assertThat(c.heldOn()).isEqualTo(today.minusDays(40));
            assertThat(c.outcome()).isEqualTo(ConsentOutcome.CONSENT);
            assertThat(c.discussed()).isEqualTo("Handelingsdeel besproken.");
        });
        // Monitoring: both notes and the measured course 2 -> 3 of target 4, which points to "partly".
        assertThat(d.monitoring()).hasSize(2);
        assertThat(d.courses()).singleElement().satisfies(c -> {
            assertThat(c.points())
                    .extracting(p -> p.measurement().value().intValue())
                    .containsExactly(2, 3);
            assertThat(c.suggested()).isEqualTo(GoalResult.PARTLY);
        });
        // Evaluation of version 1, held after the round started: shown, with the goal's result.
        assertThat(d.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.versionNo()).isEqualTo(1);
            assertThat(e.goals())
                    .singleElement()
                    .satisfies(g -> assertThat(g.result()).isEqualTo(GoalResult.PARTLY));
        });
        assertThat(d.words()).isPositive();

        // Pseudonymised: no pupil name, group or birth year, and neither the pupil's nor the recorder's name in any
        // text ("Ilse IB" recorded everything; "Ilse" and "Jansen" and "Sam" are gone), nor an author.
        assertThat(d.pseudonymised()).isTrue();
        assertThat(d.copy().pupilName()).isNull();
        assertThat(d.copy().group()).isNull();
        assertThat(d.copy().birthYear()).isNull();
        String everything = d.toString();
        assertThat(everything).doesNotContain("Sam", "Jansen", "Ilse");
        assertThat(d.monitoring())
                .extracting(RaterDossier.Monitored::note)
                .contains("[…] leest met juf […] twee keer per week.", "[…] leest vlotter.");
        assertThat(d.evaluations().getFirst().goals().getFirst().explanation()).isEqualTo("Van niveau 2 naar 3 ([…]).");

        // Staff of the pupil's school read it identified; both reads are audited with the version.
        RaterDossier forIlse = as(() -> rounds.dossier(ilse, round, opp));
        assertThat(forIlse.copy().pupilName()).isEqualTo("Sam Jansen");
        assertThat(forIlse.monitoring())
                .extracting(RaterDossier.Monitored::note)
                .contains("Jansen leest vlotter.");
        assertThat(db.ownerQuery("select detail from audit_event where subject_id = '" + opp
                        + "' and detail like '%review of version 1 in round " + round + "'"))
                .hasSize(2);
    }

    @Test
    void aPlanWithoutConsentMonitoringOrEvaluationSaysSo() {
        UUID round = startRound();
        RaterDossier d = as(() -> rounds.dossier(anna, round, other));
        assertThat(d.content().consentedOn()).isNull();
        assertThat(d.conversations()).isEmpty();
        assertThat(d.digitalConsents()).isEmpty();
        assertThat(d.monitoring()).isEmpty();
        assertThat(d.evaluations()).isEmpty();
        assertThat(d.copy().deadlines().firstActiveOn()).isNull();
    }

    @Test
    void ratersNotInTheRoundAndPeopleOfAnotherRegionReadNothing() {
        UUID round = startRound();
        // A trainer of the region who does not rate in this round (and did not organise it).
        Analyst outsider = f.person("Otto Buiten", Role.SCHOOL_STAFF);
        assertThatThrownBy(() -> as(() -> rounds.dossier(outsider, round, opp)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("analysis.error.roundNotFound");
        // A rater of the round asking for an OPP that is not in it.
        UUID notInRound = f.draft(pupils, plans, "Bo Buiten", today.minusDays(5));
        assertThatThrownBy(() -> as(() -> rounds.dossier(anna, round, notInRound)))
                .hasMessageContaining("analysis.error.oppNotFound");
        // A rater of another region, in their own region: the round does not exist there (row-level security).
        AnalysisFixture elsewhere = new AnalysisFixture(regions, schools, categories, accounts);
        Analyst stranger = elsewhere.person("Sanne Elders", Role.TRAINER);
        assertThatThrownBy(() -> TenantContext.callAs(elsewhere.region, () -> rounds.dossier(stranger, round, opp)))
                .hasMessageContaining("analysis.error.roundNotFound");
        // A trainer of the region who neither rates nor started the round sees that it exists, not its plans.
        Analyst otherTrainer = f.person("Tess Trainer", Role.TRAINER);
        assertThatThrownBy(() -> as(() -> rounds.dossier(otherTrainer, round, opp)))
                .hasMessageContaining("analysis.error.notRater");
        // The trainer who started it reads it (pseudonymised: not staff of the school).
        assertThat(as(() -> rounds.dossier(trainer, round, opp)).pseudonymised())
                .isTrue();
        // Only the one allowed read is in the audit trail.
        assertThat(db.ownerQuery("select detail from audit_event where subject_id = '" + opp
                        + "' and detail like '%review of version%'"))
                .hasSize(1);
    }
}
