package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Divergent scores are flagged for discussion: at least two scores, apart by at least the threshold. */
class DivergenceTest {

    @Test
    void aSpreadAtTheThresholdIsDivergentBelowItIsNot() {
        assertThat(Divergence.of(List.of(0, 1), 1)).isEqualTo(new Divergence(1, true));
        assertThat(Divergence.of(List.of(0, 1), 2)).isEqualTo(new Divergence(1, false));
        assertThat(Divergence.of(List.of(2, 0, 1), 2)).isEqualTo(new Divergence(2, true));
    }

    @Test
    void equalScoresNeverDiverge() {
        assertThat(Divergence.of(List.of(2, 2, 2), 1)).isEqualTo(new Divergence(0, false));
    }

    @Test
    void oneScoreOrNoneIsNothingToCompare() {
        assertThat(Divergence.of(List.of(2), 1)).isEqualTo(new Divergence(0, false));
        assertThat(Divergence.of(List.of(), 1)).isEqualTo(new Divergence(0, false));
    }
}
