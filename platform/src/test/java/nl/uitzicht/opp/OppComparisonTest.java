package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OppComparisonTest {

    @Test
    void identicalVersionsDifferInNothing() {
        OppComparison c = OppComparison.between(ContentFixture.complete(), ContentFixture.complete());
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void anAdjustedGoalIsOneLineRemovedAndOneAdded() {
        OppContent older = ContentFixture.complete();
        Goal adjusted =
                new Goal(ContentFixture.GOAL, FactorDomain.LEARNING, "AVI M5 halen", "AVI E4", "AVI-toets", null);
        OppContent newer = new OppContent(
                2,
                Instant.EPOCH,
                null,
                older.factors(),
                older.perspective(),
                new Handelingsdeel(
                        List.of(adjusted),
                        older.handelingsdeel().interventions(),
                        older.handelingsdeel().agreements()),
                older.pupilView(),
                null);
        OppComparison c = OppComparison.between(older, newer);
        assertThat(c.olderNo()).isEqualTo(1);
        assertThat(c.newerNo()).isEqualTo(2);
        assertThat(c.added()).containsExactly(new OppComparison.Line("goal", "AVI M5 halen (AVI-toets)"));
        assertThat(c.removed()).containsExactly(new OppComparison.Line("goal", "AVI E5 halen (AVI-toets) 2026-06-01"));
    }

    @Test
    void linesNameTheirPart() {
        List<OppComparison.Line> lines = OppComparison.lines(ContentFixture.complete());
        assertThat(lines)
                .extracting(OppComparison.Line::part)
                .containsExactly(
                        "factor.HINDERING",
                        "factor.HELPING",
                        "destination",
                        "reasoning",
                        "needed",
                        "goal",
                        "intervention",
                        "agreement",
                        "pupilView");
        assertThat(lines)
                .contains(
                        new OppComparison.Line("intervention", "Dagelijks samen lezen (TEACHER, dagelijks, EXTRA)"),
                        new OppComparison.Line("agreement", "PARENTS: Thuis 10 minuten lezen"),
                        new OppComparison.Line("destination", "VMBO_K"));
    }

    @Test
    void anEmptyDraftHasNoLines() {
        OppContent empty = ContentFixture.with(
                List.of(), ContentFixture.noPerspective(), new Handelingsdeel(List.of(), List.of(), List.of()), " ");
        assertThat(OppComparison.lines(empty)).isEmpty();
        assertThat(OppComparison.between(empty, ContentFixture.complete()).added())
                .hasSize(9);
        assertThat(OppComparison.between(ContentFixture.complete(), empty).removed())
                .hasSize(9);
    }
}
