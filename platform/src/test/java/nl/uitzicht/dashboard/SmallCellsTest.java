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
        assertThat(SmallCells.protectLine(List.of(3, 0), 3)).extracting(Cell::text).containsExactly("< 5", "0", "< 5");
        // Two small parts already protect each other.
        assertThat(SmallCells.protectLine(List.of(2, 3, 9), 14)).extracting(Cell::text)
                .containsExactly("< 5", "< 5", "9", "14");
    }

    @Test
    void tablesAreProtectedAlongRowsAndColumns() {
        // rows: schools A, B; columns: categories L, W.  A: 7, 3 (total 10); B: 8, 6 (total 14).
        SmallCells.Table t = SmallCells.protect(new int[][] {{7, 3}, {8, 6}}, new int[] {10, 14}, new int[] {15, 9}, 24);
        // A/W is small; in row A, A/L would give it away (10 - 7), in column W, B/W would (9 - 6).
        assertThat(t.cells().get(0)).extracting(Cell::suppressed).containsExactly(true, true);
        assertThat(t.cells().get(1).get(1).suppressed()).isTrue();
        // then row B has one suppressed cell too, so B/L goes as well; column L then has two.
        assertThat(t.cells().get(1).get(0).suppressed()).isTrue();
        // Every line now has zero or at least two suppressed parts: nothing can be subtracted out.
        for (int r = 0; r < 2; r++) {
            assertThat(t.cells().get(r).stream().filter(Cell::suppressed).count()).isNotEqualTo(1);
        }
        for (int k = 0; k < 2; k++) {
            int col = k;
            assertThat(t.cells().stream().filter(row -> row.get(col).suppressed()).count()).isNotEqualTo(1);
        }
    }
}
