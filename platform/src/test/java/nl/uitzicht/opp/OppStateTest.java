package nl.uitzicht.opp;

import static nl.uitzicht.opp.OppState.ACTIVE;
import static nl.uitzicht.opp.OppState.AWAITING_CONSENT;
import static nl.uitzicht.opp.OppState.CLOSED;
import static nl.uitzicht.opp.OppState.DRAFT;
import static nl.uitzicht.opp.OppState.IN_CONSULTATION;
import static nl.uitzicht.opp.OppState.IN_EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow of the domain brief: DRAFT → IN_CONSULTATION → AWAITING_CONSENT → ACTIVE → IN_EVALUATION → ACTIVE or CLOSED. */
class OppStateTest {

    @Test
    void exactlyTheStepsOfTheWorkflowAreAllowed() {
        assertThat(DRAFT.next()).containsExactly(IN_CONSULTATION);
        assertThat(IN_CONSULTATION.next()).containsExactly(AWAITING_CONSENT);
        assertThat(AWAITING_CONSENT.next()).containsExactlyInAnyOrder(ACTIVE, IN_CONSULTATION);
        assertThat(ACTIVE.next()).containsExactly(IN_EVALUATION);
        assertThat(IN_EVALUATION.next()).containsExactlyInAnyOrder(ACTIVE, CLOSED);
        assertThat(CLOSED.next()).isEmpty();
    }

    @Test
    void onlyConsentMakesAPlanActiveNeverADraftOrConsultation() {
        for (OppState from : OppState.values()) {
            boolean allowed = from == AWAITING_CONSENT || from == IN_EVALUATION;
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
        assertThat(editable).containsExactlyInAnyOrder(DRAFT, IN_CONSULTATION, IN_EVALUATION);
    }

    @Test
    void extraSupportRunsUnderAConsentedPlanOnly() {
        assertThat(EnumSet.allOf(OppState.class).stream().filter(OppState::consented))
                .containsExactlyInAnyOrder(ACTIVE, IN_EVALUATION);
    }
}
