package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A save whose answer was lost and that is sent again (ADR 0072): it is neither lost nor stored twice.
 * A plan change carries the version the screen saw: the retry finds the plan moved on, but holding
 * exactly what it stores, and is confirmed with the version that holds it. An addition carries the
 * attempt id of its form: the retry finds the row the first attempt added.
 */
@PlatformTest
@WithRole(system = true)
class RetriedSaveTest {

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
    LocalDate today = LocalDate.now();

    @BeforeEach
    void region() {
        f = new OppFixture(regions, schools, categories);
    }

    private <T> T as(Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    private OppPlan draft() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noor", today.minusWeeks(2));
        return f.completeDraft(plans, editor, pupil.id(), today.minusWeeks(2));
    }

    private OppPlan active(OppPlan draft) {
        return as(() -> {
            OppPlan p = workflow.startConsultation(f.staffA, draft.id(), draft.version());
            p = workflow.requestConsent(f.staffA, p.id(), p.version());
            return workflow.recordConversation(
                    f.staffA,
                    p.id(),
                    p.version(),
                    UUID.randomUUID(),
                    new ConversationInput(today, "Vader, IB", "Handelingsdeel", ConsentOutcome.CONSENT, null));
        });
    }

    @Test
    void aPlanSaveRetriedAfterItCommittedIsConfirmedWithItsVersionAndNotStoredAgain() {
        OppPlan seen = draft();
        OppPlan first =
                as(() -> editor.savePupilView(f.staffA, seen.id(), seen.version(), "Ik wil rustig lezen.", today));
        assertThat(first.version()).isGreaterThan(seen.version());

        // the answer to the first click was lost: the screen still has the version it saw before
        OppPlan retried =
                as(() -> editor.savePupilView(f.staffA, seen.id(), seen.version(), "  Ik wil rustig lezen. ", today));

        assertThat(retried.version()).isEqualTo(first.version());
        assertThat(retried.content().pupilView()).isEqualTo("Ik wil rustig lezen.");
        assertThat(as(() -> plans.open(f.staffA, seen.id())).version()).isEqualTo(first.version());
    }

    @Test
    void aRetriedAdditionToThePlanIsNotAddedTwice() {
        OppPlan seen = draft();
        int factors = seen.content().factors().size();
        OppPlan first =
                as(() -> editor.addAgreement(f.staffA, seen.id(), seen.version(), Party.PARENTS, "Lezen thuis"));
        OppPlan retried =
                as(() -> editor.addAgreement(f.staffA, seen.id(), seen.version(), Party.PARENTS, "Lezen thuis"));

        assertThat(retried.version()).isEqualTo(first.version());
        assertThat(retried.content().handelingsdeel().agreements())
                .filteredOn(a -> a.description().equals("Lezen thuis"))
                .hasSize(1);
        assertThat(retried.content().factors()).hasSize(factors);
    }

    @Test
    void aDifferentChangeSinceTheScreenOpenedStillConflicts() {
        OppPlan seen = draft();
        as(() -> editor.savePupilView(f.staffA, seen.id(), seen.version(), "Wat een collega opsloeg.", today));

        assertThatThrownBy(() ->
                        as(() -> editor.savePupilView(f.staffA, seen.id(), seen.version(), "Wat ik typte.", today)))
                .isInstanceOf(OppConflictException.class);
        assertThat(as(() -> plans.open(f.staffA, seen.id())).content().pupilView())
                .isEqualTo("Wat een collega opsloeg.");
    }

    @Test
    void anOutdatedRetryOfAnOlderTextConflictsInsteadOfPassingForTheNewer() {
        OppPlan seen = draft();
        OppPlan older = as(() -> editor.savePupilView(f.staffA, seen.id(), seen.version(), "Eerste tekst", today));
        as(() -> editor.savePupilView(f.staffA, seen.id(), older.version(), "Tweede tekst", today));

        assertThatThrownBy(() ->
                        as(() -> editor.savePupilView(f.staffA, seen.id(), seen.version(), "Eerste tekst", today)))
                .isInstanceOf(OppConflictException.class);
    }

    @Test
    void aMonitoringNoteRetriedWithItsAttemptIdIsStoredOnce() {
        OppPlan active = active(draft());
        UUID goal = active.content().handelingsdeel().goals().get(0).key();
        UUID attempt = UUID.randomUUID();

        Observation first =
                as(() -> monitoring.log(f.staffA, active.id(), attempt, goal, null, today, "Leest vlotter"));
        Observation retried =
                as(() -> monitoring.log(f.staffA, active.id(), attempt, goal, null, today, "Leest vlotter"));
        as(() -> monitoring.log(f.staffA, active.id(), UUID.randomUUID(), goal, null, today, "Leest vlotter"));

        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(as(() -> plans.history(f.staffA, active.id())).observations())
                .filteredOn(o -> o.note().equals("Leest vlotter"))
                .hasSize(2);
    }

    @Test
    void aConversationRetriedWithItsAttemptIdIsStoredOnceAndConfirmedWithThePlansVersion() {
        OppPlan d = draft();
        OppPlan seen = as(() -> workflow.startConsultation(f.staffA, d.id(), d.version()));
        UUID attempt = UUID.randomUUID();
        ConversationInput talk = new ConversationInput(today, "Moeder, IB", "Doelen besproken", null, null);

        OppPlan first = as(() -> workflow.recordConversation(f.staffA, seen.id(), seen.version(), attempt, talk));
        OppPlan retried = as(() -> workflow.recordConversation(f.staffA, seen.id(), seen.version(), attempt, talk));

        assertThat(retried.version()).isEqualTo(first.version());
        assertThat(as(() -> plans.history(f.staffA, seen.id())).conversations())
                .filteredOn(c -> c.discussed().equals("Doelen besproken"))
                .hasSize(1);
        assertThatThrownBy(() -> as(() ->
                        workflow.recordConversation(f.staffA, seen.id(), seen.version(), UUID.randomUUID(), talk)))
                .isInstanceOf(OppConflictException.class);
    }
}
