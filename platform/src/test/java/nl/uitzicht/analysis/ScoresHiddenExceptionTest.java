package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.validation.FieldProblem;
import org.junit.jupiter.api.Test;

class ScoresHiddenExceptionTest {

    @Test
    void otherRatersScoresAreHiddenForTheWholeRound() {
        ScoresHiddenException e = new ScoresHiddenException();
        assertThat(e.problems()).containsExactly(new FieldProblem("round", "analysis.error.scoresHidden"));
        assertThat(e.messageKey()).isEqualTo("analysis.error.scoresHidden");
    }
}
