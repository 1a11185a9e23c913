package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentAgreementTest {

    @Test
    void theShareOfAgreeingPairsPerUnitAveragedOverUnits() {
        // unit 1: 2 raters agree (1.0); unit 2: 3 raters 1,1,2: of 6 ordered pairs 2 agree (1/3)
        assertThat(PercentAgreement.of(List.of(List.of(2, 2), List.of(1, 1, 2))).getAsDouble())
                .isCloseTo((1.0 + 1.0 / 3) / 2, within(1e-12));
    }

    @Test
    void totalDisagreementIsZero() {
        assertThat(PercentAgreement.of(List.of(List.of(0, 2), List.of(0, 1, 2))).getAsDouble())
                .isZero();
    }

    @Test
    void unitsWithFewerThanTwoScoresAreLeftOutAndNoneLeftIsUndefined() {
        assertThat(PercentAgreement.of(List.of(List.of(1), List.of(2, 2))).getAsDouble())
                .isEqualTo(1.0);
        assertThat(PercentAgreement.of(List.of(List.of(1), List.of()))).isEmpty();
        assertThat(PercentAgreement.of(List.of())).isEmpty();
    }

    @Test
    void integerAndDecimalScoresOfTheSameValueAgree() {
        assertThat(PercentAgreement.of(List.of(List.of(1, 1.0))).getAsDouble()).isEqualTo(1.0);
    }
}
