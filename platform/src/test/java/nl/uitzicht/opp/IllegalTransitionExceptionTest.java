package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {

    @Test
    void theMessageNamesBothStatesAndWhatIsAllowed() {
        IllegalTransitionException e = new IllegalTransitionException(OppState.DRAFT, OppState.ACTIVE);
        assertThat(e.getMessage()).contains("DRAFT", "ACTIVE", "IN_CONSULTATION");
        assertThat(e).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void incompleteAndNotEditableCarryWhatTheUiShows() {
        IncompletePlanException incomplete =
                new IncompletePlanException(new java.util.ArrayList<>(java.util.List.of("opp.missing.goals")));
        assertThat(incomplete.missing()).containsExactly("opp.missing.goals");
        assertThat(incomplete.getMessage()).isEqualTo("opp.error.incomplete");
        NotEditableException frozen = new NotEditableException(OppState.ACTIVE);
        assertThat(frozen.state()).isEqualTo(OppState.ACTIVE);
        assertThat(frozen.getMessage()).isEqualTo("opp.error.notEditable");
    }
}
