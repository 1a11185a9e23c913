package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Agreement among raters over a set of units: percent agreement and Krippendorff's alpha (ordinal
 * is the one to read for 0-1-2 scores; nominal and interval for comparison). Null = undefined.
 */
public record Agreement(
        int units,
        @Nullable Double percent,
        @Nullable Double alphaOrdinal,
        @Nullable Double alphaNominal,
        @Nullable Double alphaInterval)
        implements Serializable {

    public static Agreement of(List<? extends List<? extends Number>> units) {
        int pairable = (int) units.stream().filter(u -> u.size() >= 2).count();
        return new Agreement(
                pairable,
                value(PercentAgreement.of(units)),
                value(KrippendorffAlpha.of(units, KrippendorffAlpha.Metric.ORDINAL)),
                value(KrippendorffAlpha.of(units, KrippendorffAlpha.Metric.NOMINAL)),
                value(KrippendorffAlpha.of(units, KrippendorffAlpha.Metric.INTERVAL)));
    }

    private static @Nullable Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
