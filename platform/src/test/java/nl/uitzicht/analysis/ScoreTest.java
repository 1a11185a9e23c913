package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void aScoreCanBeChangedWithItsNote() {
        UUID rater = UUID.randomUUID();
        Score score =
                new Score(UUID.randomUUID(), rater, new RoundOpp(UUID.randomUUID(), UUID.randomUUID(), 1), "BEKNOPT");
        score.set(0, "7 pagina's");
        score.set(1, null);
        assertThat(score.getScore()).isEqualTo(1);
        assertThat(score.getNote()).isNull();
        assertThat(score.getRaterId()).isEqualTo(rater);
    }
}
