package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OppTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private final Instant now = Instant.parse("2026-01-05T08:00:00Z");

    private Opp opp() {
        return new Opp(UUID.randomUUID(), UUID.randomUUID(), START, "ib'er", now);
    }

    @Test
    void aNewPlanIsADraftDueSixWeeksAfterSupportStarted() {
        Opp opp = opp();
        assertThat(opp.getState()).isEqualTo(OppState.DRAFT);
        assertThat(opp.getCurrentVersionNo()).isEqualTo(1);
        Deadlines d = opp.deadlines();
        assertThat(d.supportStartedOn()).isEqualTo(START);
        assertThat(d.setBy()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(d.firstActiveOn()).isNull();
        assertThat(d.nextEvaluationOn()).isNull();
    }

    @Test
    void aStepTheWorkflowDoesNotAllowIsRefusedAndChangesNothing() {
        Opp opp = opp();
        assertThatThrownBy(() -> opp.moveTo(OppState.ACTIVE, now))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(OppState.DRAFT);
                    assertThat(e.to()).isEqualTo(OppState.ACTIVE);
                });
        assertThat(opp.getState()).isEqualTo(OppState.DRAFT);
    }

    @Test
    void theWholeCycleFromDraftToClosed() {
        Opp opp = opp();
        opp.moveTo(OppState.IN_CONSULTATION, now);
        opp.moveTo(OppState.AWAITING_CONSENT, now);
        opp.moveTo(OppState.ACTIVE, now);
        opp.moveTo(OppState.IN_EVALUATION, now);
        opp.moveTo(OppState.CLOSED, now);
        assertThat(opp.getState()).isEqualTo(OppState.CLOSED);
        assertThatThrownBy(() -> opp.moveTo(OppState.IN_EVALUATION, now))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theFirstConsentStartsTheYearlyEvaluationClockLaterOnesDoNot() {
        Opp opp = opp();
        LocalDate consent = LocalDate.of(2026, 2, 10);
        opp.activate(consent);
        opp.activate(LocalDate.of(2026, 3, 1));
        assertThat(opp.deadlines().firstActiveOn()).isEqualTo(consent);
        assertThat(opp.deadlines().nextEvaluationOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(opp.deadlines().setInTime()).isTrue();
    }

    @Test
    void anEvaluationSetsTheNextOneAYearLaterOrClosesThePlan() {
        Opp opp = opp();
        opp.activate(LocalDate.of(2026, 2, 10));
        opp.evaluated(LocalDate.of(2027, 1, 20), false);
        assertThat(opp.deadlines().nextEvaluationOn()).isEqualTo(LocalDate.of(2028, 1, 20));
        opp.evaluated(LocalDate.of(2028, 1, 15), true);
        assertThat(opp.deadlines().nextEvaluationOn()).isNull();
    }

    @Test
    void versionsAreCountedUpAndBack() {
        Opp opp = opp();
        opp.nextVersion();
        opp.nextVersion();
        assertThat(opp.getCurrentVersionNo()).isEqualTo(3);
        opp.previousVersion();
        assertThat(opp.getCurrentVersionNo()).isEqualTo(2);
    }
}
