package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.analysis.KrippendorffAlpha.Metric;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Textbook fixtures: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability". */
class KrippendorffAlphaTest {

    /** Section C: 4 observers x 12 units, missing values (null). */
    static final @Nullable Integer[][] FOUR_OBSERVERS = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}
    };

    /** The 3 coders x 15 units example (also on Wikipedia): nominal 0.691, interval 0.811. */
    static final @Nullable Integer[][] THREE_CODERS = {
        {null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3},
        {1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null},
        {null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4}
    };

    static List<List<Integer>> units(@Nullable Integer[][] raterByUnit) {
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < raterByUnit[0].length; u++) {
            List<Integer> values = new ArrayList<>();
            for (@Nullable Integer[] rater : raterByUnit) {
                if (rater[u] != null) {
                    values.add(rater[u]);
                }
            }
            units.add(values);
        }
        return units;
    }

    @Test
    void theFourObserverExampleMatchesThePublishedValues() {
        List<List<Integer>> units = units(FOUR_OBSERVERS);
        assertThat(KrippendorffAlpha.of(units, Metric.NOMINAL).orElseThrow()).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, Metric.ORDINAL).orElseThrow()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, Metric.INTERVAL).orElseThrow()).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, Metric.RATIO).orElseThrow()).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void theThreeCoderExampleMatchesToSixDecimals() {
        List<List<Integer>> units = units(THREE_CODERS);
        assertThat(KrippendorffAlpha.of(units, Metric.NOMINAL).orElseThrow()).isCloseTo(0.691358, within(0.0000005));
        assertThat(KrippendorffAlpha.of(units, Metric.INTERVAL).orElseThrow()).isCloseTo(0.810845, within(0.0000005));
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        assertThat(KrippendorffAlpha.of(List.of(List.of(0, 0), List.of(2, 2), List.of(1, 1, 1)), Metric.ORDINAL))
                .hasValue(1.0);
        assertThat(KrippendorffAlpha.of(List.of(List.of(2, 2), List.of(2, 2)), Metric.ORDINAL))
                .isEmpty();
        assertThat(KrippendorffAlpha.of(List.of(List.of(1), List.of(2)), Metric.NOMINAL))
                .isEmpty();
    }

    @Test
    void percentAgreementCountsAgreeingPairsPerPairableUnit() {
        // units 1-9 of the four-observer example: 6 units in full agreement; unit 2 (2,2,3,2): 6 of 12 pairs agree;
        // unit 6 (1,2,3,4): none; unit 8 (1,1,2,1): 6 of 12; unit 11 (1,1): all; unit 12 (3): not pairable.
        List<List<Integer>> units = units(FOUR_OBSERVERS);
        double expected = (1 + 0.5 + 1 + 1 + 1 + 0 + 1 + 0.5 + 1 + 1 + 1) / 11.0;
        assertThat(PercentAgreement.of(units).orElseThrow()).isCloseTo(expected, within(1e-12));
        assertThat(PercentAgreement.of(List.of(List.of(1)))).isEmpty();
    }
}
