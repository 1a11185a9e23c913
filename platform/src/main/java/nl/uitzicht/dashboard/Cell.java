package nl.uitzicht.dashboard;

import java.io.Serializable;

/**
 * A count of pupils (or OPPs) in an aggregate. Suppressed when it stands for fewer than
 * {@link SmallCells#MIN_GROUP} pupils, or to keep such a cell from being worked out from totals:
 * then the value must never be shown or exported, only {@link #SUPPRESSED_TEXT}.
 */
public record Cell(int value, boolean suppressed) implements Serializable {

    public static final String SUPPRESSED_TEXT = "< 5";

    public static Cell of(int value) {
        return new Cell(value, value > 0 && value < SmallCells.MIN_GROUP);
    }

    public Cell suppress() {
        return new Cell(value, true);
    }

    /** What a screen or an export shows. */
    public String text() {
        return suppressed ? SUPPRESSED_TEXT : Integer.toString(value);
    }

    /** The number for charts: null when suppressed. */
    public Integer shown() {
        return suppressed ? null : value;
    }
}
