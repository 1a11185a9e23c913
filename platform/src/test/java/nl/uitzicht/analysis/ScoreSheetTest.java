package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

    private final UUID opp1 = UUID.randomUUID();
    private final UUID opp2 = UUID.randomUUID();
    private final RoundSummary round = new RoundSummary(
            UUID.randomUUID(),
            "R",
            UUID.randomUUID(),
            "C",
            1,
            1,
            List.of(opp1, opp2),
            List.of(),
            "O",
            Instant.EPOCH,
            true,
            false,
            false,
            List.of());
    private final Checklist checklist = new Checklist(
            UUID.randomUUID(), UUID.randomUUID(), 1, "C", true, "s", Instant.EPOCH, DefaultChecklist.ITEMS, 0);

    @Test
    void missingCountsEveryItemOfEveryOppNotYetScored() {
        ScoreSheet empty = new ScoreSheet(round, checklist, List.of());
        assertThat(empty.missing()).isEqualTo(2 * 15);
        ScoreSheet some = new ScoreSheet(
                round,
                checklist,
                List.of(new OwnScore(opp1, "BEKNOPT", 2, null), new OwnScore(opp2, "BEKNOPT", 0, "te lang")));
        assertThat(some.missing()).isEqualTo(28);
    }

    @Test
    void aScoreIsFoundByOppAndItem() {
        OwnScore given = new OwnScore(opp2, "BEKNOPT", 0, "te lang");
        ScoreSheet sheet = new ScoreSheet(round, checklist, List.of(given));
        assertThat(sheet.score(opp2, "BEKNOPT")).contains(given);
        assertThat(sheet.score(opp1, "BEKNOPT")).isEmpty();
        assertThat(sheet.score(opp2, "BEGRIJPELIJK")).isEmpty();
    }
}
