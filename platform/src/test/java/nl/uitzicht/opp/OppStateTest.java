package nl.uitzicht.opp;

import static nl.uitzicht.opp.OppState.ACTIVE;
import static nl.uitzicht.opp.OppState.ADJUSTING;
import static nl.uitzicht.opp.OppState.AWAITING_CONSENT;
import static nl.uitzicht.opp.OppState.CLOSED;
import static nl.uitzicht.opp.OppState.DISCARDED;
import static nl.uitzicht.opp.OppState.DRAFT;
import static nl.uitzicht.opp.OppState.IN_CONSULTATION;
import static nl.uitzicht.opp.OppState.IN_EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The workflow of the domain brief: DRAFT → IN_CONSULTATION → AWAITING_CONSENT → ACTIVE → IN_EVALUATION → ACTIVE
 * or CLOSED, with the ways out of ADR 0077: a draft can be discarded, every open plan closed, an active plan adjusted.
 */
class OppStateTest {

    @Test
    void exactlyTheStepsOfTheWorkflowAreAllowed() {
        assertThat(DRAFT.next()).containsExactlyInAnyOrder(IN_CONSULTATION, CLOSED, DISCARDED);
        assertThat(IN_CONSULTATION.next()).containsExactlyInAnyOrder(AWAITING_CONSENT, CLOSED);
        assertThat(AWAITING_CONSENT.next()).containsExactlyInAnyOrder(ACTIVE, IN_CONSULTATION, ADJUSTING, CLOSED);
        assertThat(ACTIVE.next()).containsExactlyInAnyOrder(IN_EVALUATION, ADJUSTING, CLOSED);
        assertThat(ADJUSTING.next()).containsExactlyInAnyOrder(ACTIVE, AWAITING_CONSENT, CLOSED);
        assertThat(IN_EVALUATION.next()).containsExactlyInAnyOrder(ACTIVE, CLOSED);
        assertThat(CLOSED.next()).isEmpty();
        assertThat(DISCARDED.next()).isEmpty();
    }

    @Test
    void onlyADraftCanBeDiscardedAndEveryOpenPlanClosed() {
        for (OppState s : OppState.values()) {
            assertThat(s.canMoveTo(DISCARDED)).as(s + " -> DISCARDED").isEqualTo(s == DRAFT);
            assertThat(s.canMoveTo(CLOSED)).as(s + " -> CLOSED").isEqualTo(s.open());
        }
        assertThat(EnumSet.allOf(OppState.class).stream().filter(s -> !s.open()))
                .containsExactlyInAnyOrder(CLOSED, DISCARDED);
    }

    @Test
    void onlyConsentMakesAPlanActiveNeverADraftOrConsultation() {
        // ADJUSTING -> ACTIVE only when the consented handelingsdeel did not change (OppLifecycle), or on cancel.
        for (OppState from : OppState.values()) {
            boolean allowed = from == AWAITING_CONSENT || from == IN_EVALUATION || from == ADJUSTING;
            assertThat(from.canMoveTo(ACTIVE)).as(from + " -> ACTIVE").isEqualTo(allowed);
        }
    }

    @Test
    void noStateMovesToItselfOrBackToDraft() {
        for (OppState s : OppState.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
            assertThat(s.canMoveTo(DRAFT)).as(s.name()).isFalse();
        }
    }

    @Test
    void theContentIsFrozenWhileAwaitingConsentActiveOrClosed() {
        Set<OppState> editable = EnumSet.noneOf(OppState.class);
        for (OppState s : OppState.values()) {
            if (s.editable()) {
                editable.add(s);
            }
        }
        assertThat(editable).containsExactlyInAnyOrder(DRAFT, IN_CONSULTATION, ADJUSTING, IN_EVALUATION);
    }

    @Test
    void extraSupportRunsUnderAConsentedPlanOnly() {
        assertThat(EnumSet.allOf(OppState.class).stream().filter(OppState::consented))
                .containsExactlyInAnyOrder(ACTIVE, ADJUSTING, IN_EVALUATION);
    }
}
