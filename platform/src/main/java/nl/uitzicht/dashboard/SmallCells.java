package nl.uitzicht.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression. Primary: any count of 1-4 is suppressed. Complementary: in a line of parts
 * with a shown total, the total minus the shown parts is what the suppressed parts hold together; so
 * when that is one part's value (exactly one part suppressed) or a group of 1-4 (several small parts
 * that add up to less than 5), the smallest other non-zero part is suppressed too, or else the total.
 * Repeated over rows and columns until nothing changes. Public for other reports of aggregates (the board
 * report) that must suppress exactly as the dashboard does.
 */
public final class SmallCells {

    public static final int MIN_GROUP = 5;

    private SmallCells() {}

    /** A table with row totals, column totals and a grand total, all already primary-suppressed. */
    public record Table(List<List<Cell>> cells, List<Cell> rowTotals, List<Cell> columnTotals, Cell total) {}

    public static Table protect(int[][] counts, int[] rowTotals, int[] columnTotals, int total) {
        int rows = counts.length;
        int cols = columnTotals.length;
        Cell[][] c = new Cell[rows][cols];
        Cell[] rt = new Cell[rows];
        Cell[] ct = new Cell[cols];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                c[r][k] = Cell.of(counts[r][k]);
            }
            rt[r] = Cell.of(rowTotals[r]);
        }
        for (int k = 0; k < cols; k++) {
            ct[k] = Cell.of(columnTotals[k]);
        }
        return protect(c, rt, ct, Cell.of(total));
    }

    /**
     * Protects a table whose cells may already be suppressed (primary, or for another reason, such as the
     * same group being suppressed in a wider dashboard): only ever suppresses more.
     */
    public static Table protect(Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell total) {
        int rows = cells.length;
        int cols = columnTotals.length;
        Cell[][] c = new Cell[rows][];
        for (int r = 0; r < rows; r++) {
            c[r] = cells[r].clone();
        }
        Cell[] rt = rowTotals.clone();
        Cell[] ct = columnTotals.clone();
        Cell[] grand = {total};
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                Cell[] line = c[r];
                Cell[] totalRef = {rt[r]};
                changed |= protectLine(line, totalRef);
                rt[r] = totalRef[0];
            }
            for (int k = 0; k < cols; k++) {
                Cell[] line = new Cell[rows];
                for (int r = 0; r < rows; r++) {
                    line[r] = c[r][k];
                }
                Cell[] totalRef = {ct[k]};
                boolean lineChanged = protectLine(line, totalRef);
                for (int r = 0; r < rows; r++) {
                    c[r][k] = line[r];
                }
                ct[k] = totalRef[0];
                changed |= lineChanged;
            }
            changed |= protectLine(rt, grand);
            changed |= protectLine(ct, grand);
        }
        List<List<Cell>> cellRows = new ArrayList<>();
        for (Cell[] row : c) {
            cellRows.add(List.of(row));
        }
        return new Table(cellRows, List.of(rt), List.of(ct), grand[0]);
    }

    /** Protects parts that add up to a total (one line); returns whether anything changed. */
    public static boolean protectLine(Cell[] parts, Cell[] total) {
        if (total[0].suppressed()) {
            return false;
        }
        int suppressed = 0;
        int hidden = 0;
        int visible = 0;
        for (Cell p : parts) {
            if (p.suppressed()) {
                suppressed++;
                hidden += p.value();
            } else {
                visible += p.value();
            }
        }
        // What a reader works out: the total minus the shown parts (also for lines whose parts overlap,
        // like pupils in several categories, where it is not simply the sum of the hidden parts).
        int workedOut = total[0].value() - visible;
        boolean oneWorkedOut = suppressed == 1;
        boolean smallGroupWorkedOut = suppressed > 1 && (small(hidden) || small(workedOut));
        if (!oneWorkedOut && !smallGroupWorkedOut) {
            return false;
        }
        int smallest = -1;
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].suppressed()
                    && parts[i].value() > 0
                    && (smallest < 0 || parts[i].value() < parts[smallest].value())) {
                smallest = i;
            }
        }
        if (smallest >= 0) {
            parts[smallest] = parts[smallest].suppress();
        } else {
            total[0] = total[0].suppress();
        }
        return true;
    }

    /** A group of 1-4: never to be shown or worked out. */
    static boolean small(int count) {
        return count > 0 && count < MIN_GROUP;
    }

    /** Protects a list of parts and its total; returns the protected parts and total (last element). */
    public static List<Cell> protectLine(List<Integer> parts, int total) {
        Cell[] cells = parts.stream().map(Cell::of).toArray(Cell[]::new);
        Cell[] t = {Cell.of(total)};
        while (protectLine(cells, t)) {
            // repeat until stable
        }
        List<Cell> result = new ArrayList<>(List.of(cells));
        result.add(t[0]);
        return result;
    }
}
