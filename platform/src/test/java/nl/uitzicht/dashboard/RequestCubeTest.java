package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three tables of requests keep their shared totals alike and give no group under 5 away (ADR 0095). */
class RequestCubeTest {

    @Test
    void sharedTotalsAreSuppressedAlikeAndNoLineGivesASmallGroupAway() {
        Random random = new Random(16);
        for (int round = 0; round < 300; round++) {
            int schools = 1 + random.nextInt(6);
            int[][][] counts = new int[schools][5][5];
            for (int s = 0; s < schools; s++) {
                for (int t = 0; t < 5; t++) {
                    for (int o = 0; o < 5; o++) {
                        counts[s][t][o] = random.nextInt(10) < 6 ? 0 : random.nextInt(9);
                    }
                }
            }
            RequestCube.Protected p = RequestCube.protect(counts, 5, 5);
            assertThat(p.schoolByType().rowTotals())
                    .isEqualTo(p.schoolByOutcome().rowTotals());
            assertThat(p.schoolByType().columnTotals())
                    .isEqualTo(p.typeByOutcome().rowTotals());
            assertThat(p.schoolByOutcome().columnTotals())
                    .isEqualTo(p.typeByOutcome().columnTotals());
            assertThat(p.schoolByType().total()).isEqualTo(p.typeByOutcome().total());
            for (SmallCells.Table table : List.of(p.schoolByType(), p.schoolByOutcome(), p.typeByOutcome())) {
                for (int r = 0; r < table.cells().size(); r++) {
                    assertSafe(table.cells().get(r), table.rowTotals().get(r));
                }
                for (int k = 0; k < table.columnTotals().size(); k++) {
                    final int column = k;
                    assertSafe(
                            table.cells().stream().map(row -> row.get(column)).toList(),
                            table.columnTotals().get(k));
                }
                assertSafe(table.rowTotals(), table.total());
                assertSafe(table.columnTotals(), table.total());
            }
        }
    }

    @Test
    void aSmallGroupInOneTableHidesTheSameTotalInTheOthers() {
        // One school: 6 arrangements granted, 3 TLVs refused. The refused total (3) is small, and with one school it
        // is also the school's TLVs: the TLV total is hidden in the school x type table too.
        int[][][] counts = new int[1][2][2];
        counts[0][0][0] = 6;
        counts[0][1][1] = 3;
        RequestCube.Protected p = RequestCube.protect(counts, 2, 2);
        assertThat(p.typeByOutcome().columnTotals().get(1).suppressed()).isTrue();
        assertThat(p.schoolByType().columnTotals().get(1).suppressed()).isTrue();
        assertThat(p.schoolByType().cells().getFirst().get(1).suppressed()).isTrue();
        assertThat(p.schoolByType().total().text()).as("9 is no small group").isEqualTo("9");
    }

    /** A line is safe when no shown part is 1-4 and the hidden parts cannot be worked out into a group of 1-4. */
    static void assertSafe(List<Cell> parts, Cell total) {
        assertThat(parts).noneMatch(c -> !c.suppressed() && SmallCells.small(c.value()));
        if (total.suppressed()) {
            return;
        }
        assertThat(SmallCells.small(total.value())).isFalse();
        long hidden = parts.stream().filter(Cell::suppressed).count();
        int visible = parts.stream()
                .filter(c -> !c.suppressed())
                .mapToInt(Cell::value)
                .sum();
        int hiddenSum =
                parts.stream().filter(Cell::suppressed).mapToInt(Cell::value).sum();
        if (hidden == 1) {
            assertThat(parts.stream()
                            .filter(Cell::suppressed)
                            .findFirst()
                            .orElseThrow()
                            .value())
                    .as("one hidden part is the total minus the rest")
                    .isZero();
        }
        if (hidden > 1) {
            assertThat(SmallCells.small(hiddenSum) || SmallCells.small(total.value() - visible))
                    .isFalse();
        }
    }
}
