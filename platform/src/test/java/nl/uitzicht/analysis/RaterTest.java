package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RaterTest {

    @Test
    void aRaterHasNotSubmittedUntilTheyDo() {
        Rater rater = new Rater(UUID.randomUUID(), UUID.randomUUID(), "Anna");
        assertThat(rater.submitted()).isFalse();
        rater.submit(Instant.EPOCH);
        assertThat(rater.submitted()).isTrue();
        assertThat(rater.getDisplayName()).isEqualTo("Anna");
    }
}
