package nl.uitzicht.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lead times per request type against the decision term: requests decided, of which on time, and so late. The
 * three counts are lines across the types with a total each, and any two of a type give the third: so a suppressed
 * one hides the other two, and the lines are protected until nothing changes (ADR 0095).
 */
final class LeadTimeLines {

    /** One type's (or all types') raw figures. */
    record Raw(
            @Nullable String type,
            int decided,
            int onTime,
            @Nullable Double medianDays) {}

    private LeadTimeLines() {}

    /** {@code perType} and their {@code total} (type null) into the published lead times, the total last. */
    static List<RequestFigures.LeadTime> protect(List<Raw> perType, Raw total) {
        int n = perType.size();
        Cell[] decided = new Cell[n];
        Cell[] onTime = new Cell[n];
        Cell[] late = new Cell[n];
        for (int i = 0; i < n; i++) {
            Raw r = perType.get(i);
            decided[i] = Cell.of(r.decided());
            onTime[i] = Cell.of(r.onTime());
            late[i] = Cell.of(r.decided() - r.onTime());
        }
        Cell[] decidedTotal = {Cell.of(total.decided())};
        Cell[] onTimeTotal = {Cell.of(total.onTime())};
        Cell[] lateTotal = {Cell.of(total.decided() - total.onTime())};
        boolean changed = true;
        while (changed) {
            changed = SmallCells.protectLine(decided, decidedTotal);
            changed |= SmallCells.protectLine(onTime, onTimeTotal);
            changed |= SmallCells.protectLine(late, lateTotal);
            for (int i = 0; i < n; i++) {
                changed |= together(decided, onTime, late, i);
            }
            Cell[][] totals = {decidedTotal, onTimeTotal, lateTotal};
            changed |= together(totals[0], totals[1], totals[2], 0);
        }
        List<RequestFigures.LeadTime> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(published(perType.get(i), decided[i], onTime[i]));
        }
        result.add(published(total, decidedTotal[0], onTimeTotal[0]));
        return result;
    }

    /** When one of a type's three counts is suppressed, all three are; whether anything changed. */
    private static boolean together(Cell[] decided, Cell[] onTime, Cell[] late, int i) {
        boolean any = decided[i].suppressed() || onTime[i].suppressed() || late[i].suppressed();
        boolean all = decided[i].suppressed() && onTime[i].suppressed() && late[i].suppressed();
        if (!any || all) {
            return false;
        }
        decided[i] = decided[i].suppressed() ? decided[i] : decided[i].suppress();
        onTime[i] = onTime[i].suppressed() ? onTime[i] : onTime[i].suppress();
        late[i] = late[i].suppressed() ? late[i] : late[i].suppress();
        return true;
    }

    private static RequestFigures.LeadTime published(Raw raw, Cell decided, Cell onTime) {
        boolean hidden = decided.suppressed() || onTime.suppressed();
        Double share =
                hidden || decided.value() == 0 ? null : Math.round(onTime.value() * 1000.0 / decided.value()) / 10.0;
        return new RequestFigures.LeadTime(
                raw.type(), decided, decided.suppressed() ? null : raw.medianDays(), onTime, share);
    }
}
