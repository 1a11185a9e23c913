package nl.uitzicht.opp;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A measured value on an observation and the target it is measured against (ADR 0083): a level of the
 * five-point scale with the goal's target level, or a test score with its norm score.
 */
public record Measurement(MeasureKind kind, BigDecimal value, BigDecimal target) implements Serializable {

    /** The lowest and highest level of the scale (the labels are {@code opp.scale.1} to {@code opp.scale.5}). */
    public static final int SCALE_MIN = 1;

    public static final int SCALE_MAX = 5;

    /** The highest test score or norm taken (the column holds 7 digits, 2 after the point). */
    static final BigDecimal SCORE_MAX = new BigDecimal("9999.99");

    /**
     * The checked measurement, or null when none was given (a note only, as before ADR 0083). Field names
     * in problems: {@code measureKind}, {@code value}, {@code target}.
     */
    static @Nullable Measurement of(
            @Nullable MeasureKind kind, @Nullable BigDecimal value, @Nullable BigDecimal target) {
        if (kind == null) {
            if (value != null || target != null) {
                throw new InvalidInput("measureKind", "opp.validation.measureKind");
            }
            return null;
        }
        return switch (kind) {
            case SCALE -> new Measurement(kind, level("value", value), level("target", target));
            case SCORE -> new Measurement(kind, score(value), norm(target));
        };
    }

    private static BigDecimal level(String field, @Nullable BigDecimal level) {
        if (level == null
                || level.stripTrailingZeros().scale() > 0
                || level.compareTo(BigDecimal.valueOf(SCALE_MIN)) < 0
                || level.compareTo(BigDecimal.valueOf(SCALE_MAX)) > 0) {
            throw new InvalidInput(field, "opp.validation.scaleLevel", SCALE_MIN, SCALE_MAX);
        }
        return level.setScale(0, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal score(@Nullable BigDecimal score) {
        if (score == null || score.signum() < 0 || score.compareTo(SCORE_MAX) > 0 || score.scale() > 2) {
            throw new InvalidInput("value", "opp.validation.score");
        }
        return score;
    }

    private static BigDecimal norm(@Nullable BigDecimal norm) {
        if (norm == null || norm.signum() <= 0 || norm.compareTo(SCORE_MAX) > 0 || norm.scale() > 2) {
            throw new InvalidInput("target", "opp.validation.norm");
        }
        return norm;
    }

    /** At or over the target (the goal's level, the norm score). */
    public boolean reached() {
        return value.compareTo(target) >= 0;
    }

    /** The value as a share of the target: 1.0 is on target. Compares measurements against changing norms. */
    public double shareOfTarget() {
        return value.doubleValue() / target.doubleValue();
    }

    /** Progress toward the target in whole percents (a score of 34 against a norm of 40: 85). */
    public int percentOfTarget() {
        return (int) Math.round(shareOfTarget() * 100);
    }
}
