package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void countsOfOneToFourAreSuppressedZeroIsNot() {
        assertThat(Cell.of(0).suppressed()).isFalse();
        assertThat(Cell.of(1).text()).isEqualTo("< 5");
        assertThat(Cell.of(4).text()).isEqualTo("< 5");
        assertThat(Cell.of(4).shown()).isNull();
        assertThat(Cell.of(5).text()).isEqualTo("5");
    }

    @Test
    void aSingleSuppressedPartCannotBeWorkedOutFromTheTotal() {
        // 12 = 7 + 3 + 2... here: 3 is small; with 7 and the total 10 shown it would be 10 - 7 = 3.
        List<Cell> line = SmallCells.protectLine(List.of(7, 3, 0), 10);
        assertThat(line).extracting(Cell::text).containsExactly("< 5", "< 5", "0", "10");
        // No other non-zero part to hide: the total goes.
        assertThat(SmallCells.protectLine(List.of(3, 0), 3))
                .extracting(Cell::text)
                .containsExactly("< 5", "0", "< 5");
        // Two small parts that together are 5 or more protect each other.
        assertThat(SmallCells.protectLine(List.of(2, 3, 9), 14))
                .extracting(Cell::text)
                .containsExactly("< 5", "< 5", "9", "14");
        // Two small parts that together are under 5 do not: 12 - 9 = 3 would be a group of 3.
        assertThat(SmallCells.protectLine(List.of(1, 2, 9), 12))
                .extracting(Cell::text)
                .containsExactly("< 5", "< 5", "< 5", "12");
    }

    /**
     * For many lines and tables (a fixed seed, so the same every run): wherever a total is shown, the
     * total minus the shown parts is never one suppressed part's value and never a group of 1-4.
     */
    @Test
    void aTotalMinusTheShownPartsNeverRevealsASuppressedCell() {
        java.util.Random random = new java.util.Random(20261205);
        for (int run = 0; run < 2000; run++) {
            int n = 1 + random.nextInt(6);
            List<Integer> parts = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30));
            }
            int total = parts.stream().mapToInt(Integer::intValue).sum();
            List<Cell> line = SmallCells.protectLine(parts, total);
            assertLineSafe(line.subList(0, n), line.getLast(), parts.toString());
        }
        for (int run = 0; run < 500; run++) {
            int rows = 1 + random.nextInt(4);
            int cols = 1 + random.nextInt(4);
            int[][] counts = new int[rows][cols];
            int[] rowTotals = new int[rows];
            int[] colTotals = new int[cols];
            int total = 0;
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < cols; k++) {
                    counts[r][k] = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 25);
                    rowTotals[r] += counts[r][k];
                    colTotals[k] += counts[r][k];
                    total += counts[r][k];
                }
            }
            SmallCells.Table t = SmallCells.protect(counts, rowTotals, colTotals, total);
            String what = java.util.Arrays.deepToString(counts);
            for (int r = 0; r < rows; r++) {
                assertLineSafe(t.cells().get(r), t.rowTotals().get(r), what + " row " + r);
            }
            for (int k = 0; k < cols; k++) {
                int col = k;
                assertLineSafe(
                        t.cells().stream().map(row -> row.get(col)).toList(),
                        t.columnTotals().get(k),
                        what + " column " + k);
            }
            assertLineSafe(t.rowTotals(), t.total(), what + " row totals");
            assertLineSafe(t.columnTotals(), t.total(), what + " column totals");
        }
    }

    private static void assertLineSafe(List<Cell> parts, Cell total, String what) {
        for (Cell p : parts) {
            assertThat(p.shown() != null && p.value() > 0 && p.value() < SmallCells.MIN_GROUP)
                    .as("%s: a small part shown", what)
                    .isFalse();
        }
        if (total.suppressed()) {
            return;
        }
        List<Cell> hidden = parts.stream().filter(Cell::suppressed).toList();
        int workedOut = total.value()
                - parts.stream()
                        .filter(p -> !p.suppressed())
                        .mapToInt(Cell::value)
                        .sum();
        assertThat(hidden.size())
                .as("%s: exactly one suppressed part would be the total minus the rest", what)
                .isNotEqualTo(1);
        assertThat(workedOut > 0 && workedOut < SmallCells.MIN_GROUP)
                .as("%s: total %s minus the shown parts is %s", what, total.value(), workedOut)
                .isFalse();
    }

    @Test
    void tablesAreProtectedAlongRowsAndColumns() {
        // rows: schools A, B; columns: categories L, W.  A: 7, 3 (total 10); B: 8, 6 (total 14).
        SmallCells.Table t =
                SmallCells.protect(new int[][] {{7, 3}, {8, 6}}, new int[] {10, 14}, new int[] {15, 9}, 24);
        // A/W is small; in row A, A/L would give it away (10 - 7), in column W, B/W would (9 - 6).
        assertThat(t.cells().get(0)).extracting(Cell::suppressed).containsExactly(true, true);
        assertThat(t.cells().get(1).get(1).suppressed()).isTrue();
        // then row B has one suppressed cell too, so B/L goes as well; column L then has two.
        assertThat(t.cells().get(1).get(0).suppressed()).isTrue();
        // Every line now has zero or at least two suppressed parts: nothing can be subtracted out.
        for (int r = 0; r < 2; r++) {
            assertThat(t.cells().get(r).stream().filter(Cell::suppressed).count())
                    .isNotEqualTo(1);
        }
        for (int k = 0; k < 2; k++) {
            int col = k;
            assertThat(t.cells().stream()
                            .filter(row -> row.get(col).suppressed())
                            .count())
                    .isNotEqualTo(1);
        }
    }
}
