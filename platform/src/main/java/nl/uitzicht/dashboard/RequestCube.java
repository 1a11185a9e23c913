package nl.uitzicht.dashboard;

import java.util.Arrays;
import java.util.List;

/**
 * Requests counted by school, type and outcome, published as the three two-way tables school × type, school ×
 * outcome and type × outcome. Each table is protected by {@link SmallCells}; the totals two tables share (requests
 * per school, per type, per outcome, and all) are the same groups, so a total suppressed in one table is suppressed
 * in the others too, and the tables are protected again until nothing changes (ADR 0095).
 */
final class RequestCube {

    /** The three protected tables; their shared totals agree. */
    record Protected(SmallCells.Table schoolByType, SmallCells.Table schoolByOutcome, SmallCells.Table typeByOutcome) {}

    private RequestCube() {}

    /** {@code counts[school][type][outcome]}: requests. */
    static Protected protect(int[][][] counts, int types, int outcomes) {
        int schools = counts.length;
        int[][] st = new int[schools][types];
        int[][] so = new int[schools][outcomes];
        int[][] to = new int[types][outcomes];
        int[] perSchool = new int[schools];
        int[] perType = new int[types];
        int[] perOutcome = new int[outcomes];
        int all = 0;
        for (int s = 0; s < schools; s++) {
            for (int t = 0; t < types; t++) {
                for (int o = 0; o < outcomes; o++) {
                    int n = counts[s][t][o];
                    st[s][t] += n;
                    so[s][o] += n;
                    to[t][o] += n;
                    perSchool[s] += n;
                    perType[t] += n;
                    perOutcome[o] += n;
                    all += n;
                }
            }
        }
        Cell[][] a = cells(st);
        Cell[][] b = cells(so);
        Cell[][] c = cells(to);
        Cell[] schoolTotals = line(perSchool);
        Cell[] typeTotals = line(perType);
        Cell[] outcomeTotals = line(perOutcome);
        Cell total = Cell.of(all);
        while (true) {
            SmallCells.Table ta = SmallCells.protect(a, schoolTotals, typeTotals, total);
            SmallCells.Table tb = SmallCells.protect(b, schoolTotals, outcomeTotals, total);
            SmallCells.Table tc = SmallCells.protect(c, typeTotals, outcomeTotals, total);
            Cell[] newSchools = either(ta.rowTotals(), tb.rowTotals());
            Cell[] newTypes = either(ta.columnTotals(), tc.rowTotals());
            Cell[] newOutcomes = either(tb.columnTotals(), tc.columnTotals());
            Cell newTotal = ta.total().suppressed()
                            || tb.total().suppressed()
                            || tc.total().suppressed()
                    ? total.suppress()
                    : total;
            boolean stable = Arrays.equals(newSchools, schoolTotals)
                    && Arrays.equals(newTypes, typeTotals)
                    && Arrays.equals(newOutcomes, outcomeTotals)
                    && newTotal.equals(total)
                    && same(ta, a)
                    && same(tb, b)
                    && same(tc, c);
            if (stable) {
                return new Protected(ta, tb, tc);
            }
            a = array(ta.cells());
            b = array(tb.cells());
            c = array(tc.cells());
            schoolTotals = newSchools;
            typeTotals = newTypes;
            outcomeTotals = newOutcomes;
            total = newTotal;
        }
    }

    private static Cell[][] cells(int[][] counts) {
        return Arrays.stream(counts).map(RequestCube::line).toArray(Cell[][]::new);
    }

    private static Cell[] line(int[] counts) {
        return Arrays.stream(counts).mapToObj(Cell::of).toArray(Cell[]::new);
    }

    private static Cell[] either(List<Cell> one, List<Cell> other) {
        Cell[] result = new Cell[one.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = one.get(i).suppressed() || other.get(i).suppressed()
                    ? one.get(i).suppress()
                    : one.get(i);
        }
        return result;
    }

    private static boolean same(SmallCells.Table table, Cell[][] before) {
        return Arrays.deepEquals(array(table.cells()), before);
    }

    private static Cell[][] array(List<List<Cell>> rows) {
        return rows.stream().map(r -> r.toArray(Cell[]::new)).toArray(Cell[][]::new);
    }
}
