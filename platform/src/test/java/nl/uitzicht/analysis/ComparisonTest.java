package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Comparison.Row row(boolean divergent, Integer consensus) {
        return new Comparison.Row(
                UUID.randomUUID(),
                "OPP 1",
                "X",
                1,
                "s",
                Arrays.asList(0, 2),
                2,
                divergent,
                consensus,
                null,
                null,
                consensus == null ? Comparison.Row.NO_CONSENSUS : 0);
    }

    @Test
    void divergentRowsAreOpenUntilAConsensusIsRecorded() {
        RoundSummary round = new RoundSummary(
                UUID.randomUUID(),
                "R",
                UUID.randomUUID(),
                "C",
                1,
                1,
                List.of(),
                List.of(),
                "O",
                Instant.EPOCH,
                false,
                false,
                true,
                List.of());
        Checklist checklist =
                new Checklist(UUID.randomUUID(), UUID.randomUUID(), 1, "C", true, "s", Instant.EPOCH, List.of(), 0);
        Comparison c = new Comparison(
                round,
                checklist,
                List.of("A", "B"),
                List.of(row(true, null), row(true, 1), row(false, null)),
                List.of(),
                Agreement.of(List.of()));
        assertThat(c.divergentCount()).isEqualTo(2);
        assertThat(c.openDivergent()).isEqualTo(1);
    }
}
