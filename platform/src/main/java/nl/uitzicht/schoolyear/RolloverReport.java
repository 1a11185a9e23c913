package nl.uitzicht.schoolyear;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The rollover of one school year, school by school and row by row: what would change (the dry run), what
 * changed (the run), or, when it ran already, when and by whom ({@code doneAt}, {@code doneBy}; no rows).
 */
public record RolloverReport(
        int schoolYear,
        LocalDate rolloverOn,
        @Nullable Instant doneAt,
        @Nullable String doneBy,
        List<RolloverRow> rows) implements Serializable {

    public RolloverReport {
        rows = List.copyOf(rows);
    }

    public boolean done() {
        return doneAt != null;
    }

    public long count(RolloverChange change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    /** Counts per school name (sorted) and change. */
    public Map<String, Map<RolloverChange, Long>> perSchool() {
        Map<String, Map<RolloverChange, Long>> bySchool = new TreeMap<>();
        for (RolloverRow row : rows) {
            bySchool.computeIfAbsent(row.schoolName(), s -> new java.util.EnumMap<>(RolloverChange.class))
                    .merge(row.change(), 1L, Long::sum);
        }
        return bySchool;
    }

    /** A one-line summary for the audit trail and the rollover log. */
    public String summary() {
        return count(RolloverChange.MOVE_UP) + " moved up, " + count(RolloverChange.LEAVE) + " left, "
                + count(RolloverChange.CLOSE_OPP) + " OPPs closed, " + count(RolloverChange.SCHEDULE_EVALUATION)
                + " evaluations scheduled, " + count(RolloverChange.NOT_UNDERSTOOD) + " groups not understood";
    }
}
