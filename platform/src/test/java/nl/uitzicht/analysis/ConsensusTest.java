package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    @Test
    void aLaterDecisionReplacesScoreNoteAndWhoDecided() {
        UUID opp = UUID.randomUUID();
        Consensus c = new Consensus(UUID.randomUUID(), new RoundOpp(opp, UUID.randomUUID(), 1), "BEKNOPT", 14);
        c.decide(1, "na overleg", "Anna", Instant.EPOCH);
        c.decide(2, null, "Bert", Instant.EPOCH.plusSeconds(60));
        assertThat(c.getScore()).isEqualTo(2);
        assertThat(c.getNote()).isNull();
        assertThat(c.getDecidedBy()).isEqualTo("Bert");
        assertThat(c.getOppId()).isEqualTo(opp);
        assertThat(c.getItemCode()).isEqualTo("BEKNOPT");
    }
}
