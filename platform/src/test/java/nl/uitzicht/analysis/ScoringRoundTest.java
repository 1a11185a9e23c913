package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoringRoundTest {

    private final List<RoundOpp> opps = new ArrayList<>(List.of(new RoundOpp(UUID.randomUUID(), UUID.randomUUID(), 1)));
    private final ScoringRound round =
            new ScoringRound("Ronde 1", UUID.randomUUID(), 1, UUID.randomUUID(), "Org", opps, Instant.EPOCH);

    @Test
    void aRoundIsOpenUntilClosed() {
        assertThat(round.getClosedAt()).isNull();
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        round.close(at);
        assertThat(round.getClosedAt()).isEqualTo(at);
    }

    @Test
    void itsOppsCannotBeChangedFromOutside() {
        opps.clear();
        assertThat(round.getOpps()).hasSize(1);
        assertThatThrownBy(() -> round.getOpps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
