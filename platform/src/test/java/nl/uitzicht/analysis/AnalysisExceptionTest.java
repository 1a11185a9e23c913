package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisExceptionTest {

    @Test
    void aRefusalNamesItsFieldAndMessageKey() {
        AnalysisException e = new AnalysisException("threshold", "analysis.error.threshold");
        assertThat(e.field()).isEqualTo("threshold");
        assertThat(e.getMessage()).isEqualTo("analysis.error.threshold");
    }

    @Test
    void otherRatersScoresAreHiddenForTheWholeRound() {
        ScoresHiddenException e = new ScoresHiddenException();
        assertThat(e.field()).isEqualTo("round");
        assertThat(e.getMessage()).isEqualTo("analysis.error.scoresHidden");
    }
}
