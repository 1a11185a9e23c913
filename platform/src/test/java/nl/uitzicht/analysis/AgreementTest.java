package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void onlyUnitsWithTwoOrMoreScoresCount() {
        Agreement a = Agreement.of(List.of(List.of(2, 2), List.of(1), List.of(), List.of(0, 1, 2)));
        assertThat(a.units()).isEqualTo(2);
    }

    @Test
    void perfectAgreementWithVariationIsOneOnEveryScale() {
        Agreement a = Agreement.of(List.of(List.of(0, 0), List.of(1, 1), List.of(2, 2)));
        assertThat(a.percent()).isEqualTo(1.0);
        assertThat(a.alphaOrdinal()).isCloseTo(1.0, within(1e-9));
        assertThat(a.alphaNominal()).isCloseTo(1.0, within(1e-9));
        assertThat(a.alphaInterval()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void alphaIsUndefinedWhenEveryoneGaveTheSameScoreEverywhere() {
        Agreement a = Agreement.of(List.of(List.of(2, 2), List.of(2, 2, 2)));
        assertThat(a.percent()).isEqualTo(1.0);
        assertThat(a.alphaOrdinal()).isNull();
        assertThat(a.alphaNominal()).isNull();
        assertThat(a.alphaInterval()).isNull();
    }

    @Test
    void nothingPairableLeavesEverythingUndefined() {
        Agreement a = Agreement.of(List.of(List.of(1), List.of()));
        assertThat(a).isEqualTo(new Agreement(0, null, null, null, null));
    }
}
