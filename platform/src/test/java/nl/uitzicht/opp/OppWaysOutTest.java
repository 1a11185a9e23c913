package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OPP's clocks and every way out (ADR 0077) against PostgreSQL, and the attackers: another school, another region. */
@PlatformTest
@WithRole(system = true)
class OppWaysOutTest {

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
    AuditLog audit;

    @Autowired
    FreshDatabase db;

    OppFixture f;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

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

    private OppPlan active(String name, LocalDate enrolled) {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, name, enrolled);
        OppPlan p = f.completeDraft(plans, editor, pupil.id(), enrolled);
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        OppPlan a = as(() -> workflow.requestConsent(f.staffA, p.id(), c.version()));
        return as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                a.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(5), "Ouders, IB", "Instemming", ConsentOutcome.CONSENT, null)));
    }

    @Test
    void theStartOfExtraSupportDrivesTheSixWeekDeadlineAndItsCorrectionIsAudited() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noor", today.minusMonths(6));
        OppPlan p = as(() -> plans.start(f.staffA, pupil.id(), today.minusDays(10)));
        assertThat(p.deadlines().supportStartedOn()).isEqualTo(today.minusDays(10));
        assertThat(p.deadlines().setBy()).isEqualTo(today.minusDays(10).plusWeeks(6));

        OppPlan corrected = as(() -> lifecycle.correctSupportStart(f.staffA, p.id(), p.version(), today.minusDays(20)));
        assertThat(corrected.deadlines().setBy()).isEqualTo(today.minusDays(20).plusWeeks(6));
        assertThat(trail(p.id()))
                .contains("UPDATE support started " + today.minusDays(10) + " -> " + today.minusDays(20));

        assertThatThrownBy(() -> as(
                        () -> lifecycle.correctSupportStart(f.staffA, p.id(), corrected.version(), today.plusDays(1))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("supportStartedOn"));
        assertThatThrownBy(() -> as(() ->
                        lifecycle.correctSupportStart(f.staffA, p.id(), corrected.version(), today.minusMonths(7))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() ->
                        as(() -> lifecycle.correctSupportStart(f.staffA, p.id(), p.version(), today.minusDays(21))))
                .isInstanceOf(OppConflictException.class);

        PupilSummary other = f.pupil(pupils, f.staffA, f.schoolA, "Bo", today.minusMonths(1));
        assertThatThrownBy(() -> as(() -> plans.start(f.staffA, other.id(), today.plusDays(3))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theYearlyEvaluationRunsFromTheDayThePlanWasSet() {
        OppPlan active = active("Lotte", today.minusMonths(2));
        assertThat(active.deadlines().firstActiveOn()).isEqualTo(today.minusDays(5));
        assertThat(active.deadlines().nextEvaluationOn())
                .isEqualTo(today.minusDays(5).plusYears(1));
    }

    @Test
    void aDiscardedDraftLeavesListsAndWorklistsButNotTheAuditLog() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Daan", today.minusDays(60));
        OppPlan draft = as(() -> plans.start(f.staffA, pupil.id(), null));
        assertThat(as(() -> plans.worklist(f.staffA, today))).isNotEmpty();

        OppPlan discarded = as(() -> lifecycle.discard(f.staffA, draft.id(), draft.version()));
        assertThat(discarded.state()).isEqualTo(OppState.DISCARDED);
        assertThat(as(() -> plans.list(f.staffA))).extracting(OppSummary::id).doesNotContain(draft.id());
        // The lazy list's pages and count agree with the list: the discarded draft is in neither.
        assertThat(as(() -> plans.page(f.staffA, 0, 100)))
                .extracting(OppSummary::id)
                .doesNotContain(draft.id());
        assertThat(as(() -> plans.count(f.staffA)))
                .isEqualTo(as(() -> plans.list(f.staffA)).size());
        assertThat(as(() -> plans.ofPupil(f.staffA, pupil.id()))).isEmpty();
        assertThat(as(() -> plans.openStatesByPupil(f.staffA))).doesNotContainKey(pupil.id());
        assertThat(as(() -> plans.worklist(f.staffA, today))).isEmpty();
        assertThat(trail(draft.id())).contains("DELETE discarded draft");
        // A new plan can start; the discarded one cannot change any more.
        OppPlan again = as(() -> plans.start(f.staffA, pupil.id(), null));
        assertThat(again.state()).isEqualTo(OppState.DRAFT);
        // The pupil list's one query finds the new draft, and staff of another school see none of it.
        assertThat(as(() -> plans.openStatesByPupil(f.staffA))).containsEntry(pupil.id(), OppState.DRAFT);
        assertThat(as(() -> plans.openStatesByPupil(f.staffB))).doesNotContainKey(pupil.id());
        assertThatThrownBy(() -> as(() -> workflow.startConsultation(f.staffA, draft.id(), discarded.version())))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> as(
                        () -> editor.addAgreement(f.staffA, draft.id(), discarded.version(), Party.SCHOOL, "Te laat")))
                .isInstanceOf(NotEditableException.class);

        OppPlan active = active("Fenna", today.minusMonths(2));
        assertThatThrownBy(() -> as(() -> lifecycle.discard(f.staffA, active.id(), active.version())))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aPlanClosesAtAnyStateWithItsReasonAndDestination() {
        OppPlan active = active("Sem", today.minusMonths(3));
        assertThatThrownBy(() -> as(() -> lifecycle.close(
                        f.staffA,
                        active.id(),
                        active.version(),
                        new ClosingInput(today, ClosingReason.OTHER, " ", null))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("note"));
        assertThatThrownBy(() -> as(() -> lifecycle.close(
                        f.staffA,
                        active.id(),
                        active.version(),
                        new ClosingInput(today, ClosingReason.SPECIAL_EDUCATION, null, ExitDestination.HAVO))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("destination"));

        OppPlan closed = as(() -> lifecycle.close(
                f.staffA,
                active.id(),
                active.version(),
                new ClosingInput(today, ClosingReason.SPECIAL_EDUCATION, "Plaatsing per 1 maart", ExitDestination.SO)));
        assertThat(closed.state()).isEqualTo(OppState.CLOSED);
        assertThat(closed.editable()).isFalse();
        assertThat(closed.ending())
                .isEqualTo(new OppEnding(
                        today, ClosingReason.SPECIAL_EDUCATION, "Plaatsing per 1 maart", ExitDestination.SO));
        assertThat(closed.deadlines().nextEvaluationOn()).isNull();
        assertThat(as(() -> plans.openStatesByPupil(f.staffA)))
                .doesNotContainKey(closed.pupil().id());
        assertThat(db.ownerQuery(
                        "select closed_reason || ' ' || exit_destination from opp where id = '" + active.id() + "'"))
                .containsExactly("SPECIAL_EDUCATION SO");
        assertThat(trail(active.id())).contains("UPDATE closed " + today + ", SPECIAL_EDUCATION, to SO");
        assertThatThrownBy(() -> as(() -> lifecycle.close(
                        f.staffA,
                        active.id(),
                        closed.version(),
                        new ClosingInput(today, ClosingReason.OTHER, "x", null))))
                .isInstanceOf(IllegalTransitionException.class);

        // A draft closes too (e.g. the pupil moved region before the plan was set).
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Jip", today.minusDays(20));
        OppPlan draft = as(() -> plans.start(f.staffA, pupil.id(), null));
        OppPlan closedDraft = as(() -> lifecycle.close(
                f.staffA, draft.id(), draft.version(), new ClosingInput(null, ClosingReason.MOVED_REGION, null, null)));
        assertThat(closedDraft.ending().closedOn()).isEqualTo(today);
        assertThat(closedDraft.ending().destination()).isNull();
    }

    @Test
    void closingDuringAnAdjustmentKeepsThePlanAsItWasConsented() {
        OppPlan active = active("Ties", today.minusMonths(3));
        OppPlan adjusting = as(() -> lifecycle.startAdjustment(f.staffA, active.id(), active.version()));
        assertThat(adjusting.versionNo()).isEqualTo(2);
        OppPlan closed = as(() -> lifecycle.close(
                f.staffA,
                active.id(),
                adjusting.version(),
                new ClosingInput(today, ClosingReason.GOALS_REACHED, null, null)));
        assertThat(closed.versionNo()).isEqualTo(1);
        assertThat(closed.content().consentedOn()).isEqualTo(today.minusDays(5));
    }

    @Test
    void aPupilWhoLeavesClosesThePlanWithTheDestination() {
        OppPlan active = active("Mees", today.minusMonths(4));
        PupilSummary pupil = active.pupil();
        assertThatThrownBy(() -> as(() -> lifecycle.pupilLeaves(
                        f.staffA, pupil.id(), pupil.version(), new LeavingInput(today, null, null, null))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("choice"));

        PupilSummary left = as(() -> lifecycle.pupilLeaves(
                f.staffA,
                pupil.id(),
                pupil.version(),
                new LeavingInput(today.minusDays(1), LeavingInput.Choice.CLOSE, ExitDestination.SBO, null)));
        assertThat(left.leftOn()).isEqualTo(today.minusDays(1));
        OppPlan closed = as(() -> plans.open(f.staffA, active.id()));
        assertThat(closed.state()).isEqualTo(OppState.CLOSED);
        assertThat(closed.ending())
                .isEqualTo(new OppEnding(today.minusDays(1), ClosingReason.PUPIL_LEFT, "", ExitDestination.SBO));
        assertThat(as(() -> audit.trailOf(PupilRegister.AUDIT_SUBJECT, pupil.id())))
                .extracting(AuditRecord::detail)
                .contains("left on " + today.minusDays(1));

        // A stale pupil version is a conflict; a pupil without an open plan just leaves.
        PupilSummary other = f.pupil(pupils, f.staffA, f.schoolA, "Roos", today.minusMonths(4));
        assertThatThrownBy(() -> as(() -> lifecycle.pupilLeaves(
                        f.staffA, other.id(), other.version() + 1, new LeavingInput(today, null, null, null))))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(as(() -> lifecycle.pupilLeaves(
                                f.staffA, other.id(), other.version(), new LeavingInput(today, null, null, null)))
                        .leftOn())
                .isEqualTo(today);
        assertThatThrownBy(() -> as(() -> plans.start(f.staffA, other.id(), null)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPupilWhoLeavesTakesThePlanToTheReceivingSchool() {
        OppPlan active = active("Isa", today.minusMonths(4));
        PupilSummary pupil = active.pupil();
        assertThatThrownBy(() -> as(() -> lifecycle.pupilLeaves(
                        f.staffA,
                        pupil.id(),
                        pupil.version(),
                        new LeavingInput(today, LeavingInput.Choice.TRANSFER, null, f.schoolA))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("toSchoolId"));

        as(() -> lifecycle.pupilLeaves(
                f.staffA,
                pupil.id(),
                pupil.version(),
                new LeavingInput(today, LeavingInput.Choice.TRANSFER, null, f.schoolB)));
        // The sending school no longer reaches the plan; the receiving school has it, still active, with its history.
        assertThatThrownBy(() -> as(() -> plans.open(f.staffA, active.id()))).isInstanceOf(OutOfScopeException.class);
        OppPlan there = as(() -> plans.open(f.staffB, active.id()));
        assertThat(there.state()).isEqualTo(OppState.ACTIVE);
        assertThat(there.schoolId()).isEqualTo(f.schoolB);
        assertThat(there.pupil().schoolId()).isEqualTo(f.schoolB);
        assertThat(there.pupil().enrolledOn()).isEqualTo(today);
        assertThat(as(() -> pupils.get(f.staffA, pupil.id())).leftOn()).isEqualTo(today);
        assertThat(trail(active.id())).contains("UPDATE transferred " + today + " to school " + f.schoolB);
    }

    @Test
    void anAdjustmentWithAChangedHandelingsdeelNeedsANewConsentConversation() {
        OppPlan active = active("Yara", today.minusMonths(5));
        OppPlan adjusting = as(() -> lifecycle.startAdjustment(f.staffA, active.id(), active.version()));
        assertThat(adjusting.state()).isEqualTo(OppState.ADJUSTING);
        assertThat(adjusting.editable()).isTrue();
        OppPlan changed = as(() -> editor.addAgreement(
                f.staffA, active.id(), adjusting.version(), Party.SCHOOL, "Extra leesmoment op vrijdag"));
        OppPlan awaiting = as(() -> lifecycle.finishAdjustment(f.staffA, active.id(), changed.version()));
        assertThat(awaiting.state()).isEqualTo(OppState.AWAITING_CONSENT);
        assertThat(awaiting.content().consentedOn()).isNull();

        // Refused: back to adjusting, the consented version 1 stays in force and comparable.
        OppPlan refused = as(() -> workflow.recordConversation(
                f.staffA,
                active.id(),
                awaiting.version(),
                UUID.randomUUID(),
                new ConversationInput(today, "Vader", "Bijstelling", ConsentOutcome.NO_CONSENT, "Te veel")));
        assertThat(refused.state()).isEqualTo(OppState.ADJUSTING);
        assertThat(as(() -> plans.version(f.staffA, active.id(), 1)).consentedOn())
                .isEqualTo(today.minusDays(5));
        OppPlan again = as(() -> lifecycle.finishAdjustment(f.staffA, active.id(), refused.version()));
        OppPlan consented = as(() -> workflow.recordConversation(
                f.staffA,
                active.id(),
                again.version(),
                UUID.randomUUID(),
                new ConversationInput(today, "Vader, IB", "Bijstelling", ConsentOutcome.CONSENT, null)));
        assertThat(consented.state()).isEqualTo(OppState.ACTIVE);
        assertThat(consented.versionNo()).isEqualTo(2);
        assertThat(consented.content().consentedOn()).isEqualTo(today);
        // The yearly evaluation still runs from the day the plan was first set.
        assertThat(consented.deadlines().nextEvaluationOn())
                .isEqualTo(today.minusDays(5).plusYears(1));
        OppHistory history = as(() -> plans.history(f.staffA, active.id()));
        assertThat(history.versions()).hasSize(2);
        assertThat(OppComparison.between(
                        history.versions().get(1), history.versions().get(0)))
                .isNotNull();
    }

    @Test
    void anAdjustmentOfOtherPartsNeedsNoNewConsent() {
        OppPlan active = active("Ravi", today.minusMonths(5));
        OppPlan adjusting = as(() -> lifecycle.startAdjustment(f.staffA, active.id(), active.version()));
        OppPlan changed = as(() -> editor.addFactor(
                f.staffA,
                active.id(),
                adjusting.version(),
                FactorKind.HELPING,
                FactorDomain.HOME,
                "Heeft een vaste maatje in de klas"));
        OppPlan finished = as(() -> lifecycle.finishAdjustment(f.staffA, active.id(), changed.version()));
        assertThat(finished.state()).isEqualTo(OppState.ACTIVE);
        assertThat(finished.versionNo()).isEqualTo(2);
        assertThat(finished.content().consentedOn()).isEqualTo(today.minusDays(5));
        assertThat(trail(active.id())).contains("UPDATE adjusted, handelingsdeel unchanged: version 2 active");

        OppPlan again = as(() -> lifecycle.startAdjustment(f.staffA, active.id(), finished.version()));
        OppPlan cancelled = as(() -> lifecycle.cancelAdjustment(f.staffA, active.id(), again.version()));
        assertThat(cancelled.state()).isEqualTo(OppState.ACTIVE);
        assertThat(cancelled.versionNo()).isEqualTo(2);
    }

    @Test
    void consentIsRefusedOnAPlanWithOnlyHinderingFactors() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Olaf", today.minusDays(10));
        OppPlan full = f.completeDraft(plans, editor, pupil.id(), null);
        UUID helping = full.content().factors(FactorKind.HELPING).getFirst().key();
        // The perspective names only the hindering factor, so the helping one can go.
        OppPlan p = as(() -> editor.removeFactor(f.staffA, full.id(), full.version(), helping));
        assertThat(p.content().missingLegalParts()).containsExactly(LegalPart.FACTORS);
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        assertThatThrownBy(() -> as(() -> workflow.requestConsent(f.staffA, p.id(), c.version())))
                .isInstanceOf(IncompletePlanException.class)
                .satisfies(e ->
                        assertThat(((IncompletePlanException) e).missing()).containsExactly("opp.missing.factors"));
    }

    @Test
    void anotherSchoolOrAnotherRegionReachesNoWayOut() {
        OppPlan active = active("Kai", today.minusMonths(2));
        PupilSummary pupil = active.pupil();
        List<Runnable> attacks = List.of(
                () -> lifecycle.discard(f.staffB, active.id(), active.version()),
                () -> lifecycle.close(
                        f.staffB,
                        active.id(),
                        active.version(),
                        new ClosingInput(today, ClosingReason.OTHER, "x", null)),
                () -> lifecycle.correctSupportStart(f.staffB, active.id(), active.version(), today),
                () -> lifecycle.startAdjustment(f.staffB, active.id(), active.version()),
                () -> lifecycle.finishAdjustment(f.staffB, active.id(), active.version()),
                () -> lifecycle.cancelAdjustment(f.staffB, active.id(), active.version()),
                () -> lifecycle.pupilLeaves(
                        f.staffB,
                        pupil.id(),
                        pupil.version(),
                        new LeavingInput(today, LeavingInput.Choice.TRANSFER, null, f.schoolB)));
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> TenantContext.runAs(f.region, attack)).isInstanceOf(OutOfScopeException.class);
        }
        OppFixture other = new OppFixture(regions, schools, categories);
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> TenantContext.runAs(other.region, attack)).isInstanceOf(OutOfScopeException.class);
        }
        // The same staff member of school A, but bound to another region, finds nothing either.
        assertThatThrownBy(() -> TenantContext.runAs(
                        other.region, () -> lifecycle.discard(f.staffA, active.id(), active.version())))
                .isInstanceOf(OutOfScopeException.class);
        OppPlan still = as(() -> plans.open(f.staffA, active.id()));
        assertThat(still.state()).isEqualTo(OppState.ACTIVE);
        assertThat(still.version()).isEqualTo(active.version());
        assertThat(trail(active.id())).noneMatch(t -> t.startsWith(AuditAction.DELETE.name()));
    }
}
