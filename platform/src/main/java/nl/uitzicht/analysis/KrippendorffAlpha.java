package nl.uitzicht.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for any number of raters with missing values, through the coincidence
 * matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). A unit is the list of
 * values the raters gave it (missing ones left out); units with fewer than two values are not
 * pairable and do not count. Empty when there is no expected disagreement (all values equal) or
 * nothing pairable: alpha is undefined then.
 */
final class KrippendorffAlpha {

    /** The level of measurement, which sets the difference function. */
    public enum Metric {
        NOMINAL,
        ORDINAL,
        INTERVAL,
        RATIO
    }

    private KrippendorffAlpha() {}

    public static OptionalDouble of(List<? extends List<? extends Number>> units, Metric metric) {
        TreeSet<Double> distinct = new TreeSet<>();
        List<double[]> pairable = new ArrayList<>();
        for (List<? extends Number> unit : units) {
            if (unit.size() >= 2) {
                double[] values = unit.stream().mapToDouble(Number::doubleValue).toArray();
                pairable.add(values);
                for (double v : values) {
                    distinct.add(v);
                }
            }
        }
        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        int size = values.length;
        if (pairable.isEmpty() || size < 2) {
            return OptionalDouble.empty();
        }
        double[][] coincidences = new double[size][size];
        for (double[] unit : pairable) {
            int m = unit.length;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences[index(values, unit[i])][index(values, unit[j])] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double delta = delta(metric, values, marginals, c, k);
                observed += coincidences[c][k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * observed / expected);
    }

    private static int index(double[] values, double v) {
        return java.util.Arrays.binarySearch(values, v);
    }

    /** The squared difference δ² between the c-th and k-th distinct value. */
    static double delta(Metric metric, double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> Math.pow(values[c] - values[k], 2);
            case RATIO -> Math.pow((values[c] - values[k]) / (values[c] + values[k]), 2);
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double sum = 0;
                for (int g = low; g <= high; g++) {
                    sum += marginals[g];
                }
                yield Math.pow(sum - (marginals[c] + marginals[k]) / 2, 2);
            }
        };
    }
}
