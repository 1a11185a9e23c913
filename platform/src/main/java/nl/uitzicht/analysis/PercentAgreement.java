package nl.uitzicht.analysis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Observed agreement: of all pairs of raters that scored the same unit, the share that gave the same
 * score, each pairable unit weighing equally. Empty when no unit has two scores.
 */
final class PercentAgreement {

    private PercentAgreement() {}

    public static OptionalDouble of(List<? extends List<? extends Number>> units) {
        double sum = 0;
        int pairable = 0;
        for (List<? extends Number> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            int agreeing = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j
                            && Objects.equals(
                                    unit.get(i).doubleValue(), unit.get(j).doubleValue())) {
                        agreeing++;
                    }
                }
            }
            sum += (double) agreeing / (m * (m - 1));
            pairable++;
        }
        return pairable == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / pairable);
    }
}
