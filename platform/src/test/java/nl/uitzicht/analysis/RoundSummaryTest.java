package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundSummaryTest {

    private static RoundSummary round(List<UUID> opps, List<RoundSummary.RaterStatus> raters) {
        return new RoundSummary(
                UUID.randomUUID(),
                "R",
                UUID.randomUUID(),
                "C",
                1,
                1,
                opps,
                raters,
                "O",
                Instant.EPOCH,
                true,
                false,
                false,
                List.of());
    }

    @Test
    void allSubmittedNeedsRatersAndEveryOneOfThem() {
        assertThat(round(List.of(), List.of()).allSubmitted()).isFalse();
        assertThat(round(
                                List.of(),
                                List.of(
                                        new RoundSummary.RaterStatus("A", true),
                                        new RoundSummary.RaterStatus("B", false)))
                        .allSubmitted())
                .isFalse();
        assertThat(round(
                                List.of(),
                                List.of(
                                        new RoundSummary.RaterStatus("A", true),
                                        new RoundSummary.RaterStatus("B", true)))
                        .allSubmitted())
                .isTrue();
    }

    @Test
    void oppsArePseudonymisedByTheirPlaceInTheRound() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        RoundSummary r = round(List.of(first, second), List.of());
        assertThat(r.label(first)).isEqualTo("OPP 1");
        assertThat(r.label(second)).isEqualTo("OPP 2");
        assertThat(r.label(first)).doesNotContain(first.toString());
    }
}
