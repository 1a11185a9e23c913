package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.opptemplate.OppTemplateInput;
import nl.uitzicht.opptemplate.OppTemplates;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Starting an OPP from the pupil's previous plan or from a template (ADR 0081) against PostgreSQL: what is carried
 * over and what never is, what the new plan records, the audit, and the attackers (another pupil, another school,
 * another region, an open plan).
 */
@PlatformTest
@WithRole(system = true)
class OppReuseTest {

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
    OppLifecycle lifecycle;

    @Autowired
    OppRows opps;

    @Autowired
    OppTemplates templates;

    @Autowired
    AuditLog audit;

    OppFixture f;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void region() {
        f = new OppFixture(regions, schools, categories);
    }

    private <T> T as(Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    private List<String> trail(UUID oppId) {
        return as(() -> audit.trailOf(OppAccess.AUDIT_SUBJECT, oppId)).stream()
                .map(r -> r.action() + " " + r.detail())
                .toList();
    }

    /** Last year's plan: consented in a conversation, evaluated and closed by that evaluation. */
    private OppPlan lastYears(PupilSummary pupil) {
        OppPlan p = f.completeDraft(plans, editor, pupil.id(), pupil.enrolledOn());
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        OppPlan a = as(() -> workflow.requestConsent(f.staffA, p.id(), c.version()));
        OppPlan active = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                a.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(20), "Ouders, IB", "Instemming", ConsentOutcome.CONSENT, null)));
        OppPlan evaluating = as(() -> workflow.startEvaluation(f.staffA, p.id(), active.version()));
        List<GoalEvaluation> results = active.content().handelingsdeel().goals().stream()
                .map(g -> new GoalEvaluation(g.key(), GoalResult.PARTLY, "Vooruitgang, nog niet op niveau."))
                .toList();
        return as(() -> workflow.completeEvaluation(
                f.staffA,
                p.id(),
                evaluating.version(),
                UUID.randomUUID(),
                new EvaluationInput(
                        today.minusDays(2),
                        "Ouders, leerkracht, IB",
                        "Ik lees beter.",
                        "Tevreden.",
                        results,
                        EvaluationDecision.CLOSE,
                        null)));
    }

    @Test
    void aNewPlanCarriesLastYearsFactorsPerspectiveGoalsAndInterventionsButNothingOfConsentOrEvaluation() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Sanne de Vries", today.minusYears(1));
        OppPlan old = lastYears(pupil);
        assertThat(old.state()).isEqualTo(OppState.CLOSED);
        OppContent before = as(() -> plans.open(f.staffA, old.id())).content();
        assertThat(as(() -> plans.previousPlan(f.staffA, pupil.id())))
                .contains(new EarlierPlan(old.id(), today.minusDays(2)));

        OppPlan next = as(() -> plans.start(f.staffA, pupil.id(), today, new StartingPoint.FromPlan(old.id())));

        OppContent copied = next.content();
        assertThat(next.state()).isEqualTo(OppState.DRAFT);
        assertThat(copied.versionNo()).isEqualTo(1);
        assertThat(copied.consentedOn()).isNull();
        assertThat(copied.factors()).isEqualTo(before.factors());
        assertThat(copied.perspective()).isEqualTo(before.perspective());
        assertThat(copied.handelingsdeel().goals())
                .extracting(Goal::description, Goal::baseline, Goal::measure, Goal::targetOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Leest vloeiend op AVI-niveau M6", "AVI E4", "AVI-toets", null),
                        org.assertj.core.groups.Tuple.tuple("Werkt 20 minuten zelfstandig", "10 minuten", "", null));
        assertThat(copied.handelingsdeel().interventions())
                .extracting(Intervention::description)
                .containsExactly("Dagelijks 20 minuten RALFI-lezen", "Thuis samen lezen");
        assertThat(copied.handelingsdeel().agreements()).isEmpty();
        assertThat(copied.pupilView()).isEmpty();
        assertThat(copied.pupilHeardOn()).isNull();
        OppHistory history = as(() -> plans.history(f.staffA, next.id()));
        assertThat(history.conversations()).isEmpty();
        assertThat(history.evaluations()).isEmpty();
        assertThat(history.observations()).isEmpty();
        assertThat(history.versions()).hasSize(1);
        assertThat(next.deadlines().firstActiveOn()).isNull();

        Opp row = as(() -> opps.findById(next.id()).orElseThrow());
        assertThat(row.getStartedFrom()).isEqualTo(StartingPoint.Kind.PREVIOUS_PLAN);
        assertThat(row.getStartedFromId()).isEqualTo(old.id());
        assertThat(trail(next.id())).contains("CREATE started from previous OPP " + old.id() + " (version 1)");
        assertThat(trail(old.id())).contains("VIEW copied into new OPP " + next.id());
        // The old plan is unchanged.
        assertThat(as(() -> plans.open(f.staffA, old.id())).content()).isEqualTo(before);
    }

    @Test
    void onlyAClosedPlanOfTheSamePupilInTheStaffMembersSchoolsCanBeCopied() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Milan Jansen", today.minusYears(1));
        OppPlan old = lastYears(pupil);
        PupilSummary sibling = f.pupil(pupils, f.staffA, f.schoolA, "Tess Jansen", today.minusYears(1));
        PupilSummary atB = f.pupil(pupils, f.staffB, f.schoolB, "Bo", today.minusYears(1));

        // Another pupil's plan.
        assertThatThrownBy(() ->
                        as(() -> plans.start(f.staffA, sibling.id(), today, new StartingPoint.FromPlan(old.id()))))
                .isInstanceOf(OutOfScopeException.class);
        // Another school's staff, with their own pupil: school A's plan is out of reach.
        assertThatThrownBy(() -> as(() -> plans.start(f.staffB, atB.id(), today, new StartingPoint.FromPlan(old.id()))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(() -> plans.previousPlan(f.staffB, pupil.id())))
                .isInstanceOf(OutOfScopeException.class);
        // Another region: the plan does not exist there.
        OppFixture other = new OppFixture(regions, schools, categories);
        PupilSummary there = other.pupil(pupils, other.staffA, other.schoolA, "Lars", today.minusYears(1));
        assertThatThrownBy(() -> TenantContext.callAs(
                        other.region,
                        () -> plans.start(other.staffA, there.id(), today, new StartingPoint.FromPlan(old.id()))))
                .isInstanceOf(OutOfScopeException.class);
        // Only a closed plan is a starting point (not a discarded draft), and the refusals started nothing.
        OppPlan draft = as(() -> plans.start(f.staffA, pupil.id(), today));
        as(() -> lifecycle.discard(f.staffA, draft.id(), draft.version()));
        assertThatThrownBy(() ->
                        as(() -> plans.start(f.staffA, pupil.id(), today, new StartingPoint.FromPlan(draft.id()))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("opp.error.previousNotClosed"));
        assertThat(as(() -> plans.ofPupil(f.staffA, pupil.id())))
                .extracting(OppSummary::id)
                .containsExactly(old.id());
        assertThat(as(() -> plans.ofPupil(f.staffA, sibling.id()))).isEmpty();
        assertThat(as(() -> plans.ofPupil(f.staffB, atB.id()))).isEmpty();
    }

    @Test
    void aPlanStartedFromATemplateHoldsItsFactorsGoalsAndInterventionsAndSaysSo() {
        var template = as(() -> templates.addRegionTemplate(
                nl.uitzicht.audit.Actor.SYSTEM,
                new OppTemplateInput(
                        "Dyslexie groep 5-6",
                        FactorDomain.LEARNING,
                        f.category,
                        "Leestempo ligt ver onder het groepsgemiddelde",
                        "Goede mondelinge taalvaardigheid",
                        "Leest aan het eind van de periode een AVI-tekst op niveau E5 met ten hoogste 2 fouten\n"
                                + "Spelt 80% van de woorden uit de methodetoets goed",
                        "Dagelijks 15 minuten herhaald lezen met de leerkracht",
                        "4 keer per week")));
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noah", today.minusMonths(3));
        OppPlan plan =
                as(() -> plans.start(f.staffA, pupil.id(), today, templates.startingPoint(f.staffA, template.id())));

        OppContent c = plan.content();
        assertThat(c.factors(FactorKind.HINDERING))
                .extracting(Factor::description)
                .containsExactly("Leestempo ligt ver onder het groepsgemiddelde");
        assertThat(c.factors(FactorKind.HELPING)).hasSize(1);
        assertThat(c.handelingsdeel().goals()).hasSize(2).allMatch(g -> g.domain() == FactorDomain.LEARNING);
        Intervention i = c.handelingsdeel().interventions().getFirst();
        assertThat(i.frequency()).isEqualTo("4 keer per week");
        assertThat(i.supportCategoryId()).isEqualTo(f.category);
        assertThat(i.goals())
                .containsExactlyElementsOf(
                        c.handelingsdeel().goals().stream().map(Goal::key).toList());
        Opp row = as(() -> opps.findById(plan.id()).orElseThrow());
        assertThat(row.getStartedFrom()).isEqualTo(StartingPoint.Kind.TEMPLATE);
        assertThat(row.getStartedFromId()).isEqualTo(template.id());
        assertThat(trail(plan.id()))
                .contains("CREATE started from template " + template.id() + " 'Dyslexie groep 5-6'");
        // The copy can be adapted as any plan: the template stays as it was.
        as(() -> editor.removeGoal(
                f.staffA,
                plan.id(),
                plan.version(),
                c.handelingsdeel().goals().get(1).key()));
        assertThat(as(() -> templates.regionTemplates()).getFirst().goals()).hasSize(2);
    }

    @Test
    void anEmptyStartStaysEmptyAndAnInvalidStartIsRefusedBeforeAnythingIsSaved() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Evi", today.minusMonths(3));
        assertThat(as(() -> plans.previousPlan(f.staffA, pupil.id()))).isEmpty();
        assertThatThrownBy(() -> as(() -> plans.start(f.staffA, pupil.id(), today.plusDays(1), StartingPoint.empty())))
                .isInstanceOf(InvalidInput.class);
        OppPlan plan = as(() -> plans.start(f.staffA, pupil.id(), today, StartingPoint.empty()));
        assertThat(plan.content().factors()).isEmpty();
        assertThat(as(() -> opps.findById(plan.id()).orElseThrow()).getStartedFrom())
                .isEqualTo(StartingPoint.Kind.EMPTY);
    }

    @Test
    void aPlanBecomesASchoolTemplateWithoutThePupilsName() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Sanne de Vries", today.minusMonths(3));
        OppPlan p = as(() -> plans.start(f.staffA, pupil.id(), today));
        OppPlan named = as(() -> editor.addGoal(
                f.staffA,
                p.id(),
                p.version(),
                FactorDomain.LEARNING,
                "Sanne leest over 10 weken AVI E5;\nde Vries-methode helpt",
                null,
                null,
                null));

        OppContent scrubbed = as(() -> plans.withoutName(f.staffA, named.id()));
        assertThat(scrubbed.handelingsdeel().goals().getFirst().description())
                .isEqualTo("[…] leest over 10 weken AVI E5;\nde […]-methode helpt");
        assertThat(trail(p.id())).contains("VIEW content without the pupil's name, for a template");
        var input = nl.uitzicht.opptemplate.TemplateFromPlan.of("Lezen groep 6", scrubbed);
        assertThat(input.goals()).isEqualTo("[…] leest over 10 weken AVI E5; de […]-methode helpt");
        var template = TenantContext.callAs(
                f.region,
                () -> nl.uitzicht.testing.Callers.call(
                        nl.uitzicht.testing.Callers.staff(f.staffA),
                        () -> templates.addSchoolTemplate(f.staffA, f.schoolA, input)));
        assertThat(template.goals()).hasSize(1);

        assertThatThrownBy(() -> as(() -> plans.withoutName(f.staffB, named.id())))
                .isInstanceOf(OutOfScopeException.class);
    }
}
