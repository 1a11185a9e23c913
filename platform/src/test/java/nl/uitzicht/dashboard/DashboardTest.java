package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void oppsPer100PupilsWithOneDecimal() {
        assertThat(Dashboard.per100(Cell.of(12), 400)).isEqualTo(3.0);
        assertThat(Dashboard.per100(Cell.of(7), 300)).isEqualTo(2.3);
        assertThat(Dashboard.per100(Cell.of(0), 300)).isEqualTo(0.0);
    }

    @Test
    void aSuppressedCountOrNoPupilsHasNoRate() {
        assertThat(Dashboard.per100(Cell.of(3), 100)).isNull();
        assertThat(Dashboard.per100(Cell.of(12).suppress(), 100)).isNull();
        assertThat(Dashboard.per100(Cell.of(12), 0)).isNull();
    }

    @Test
    void aSuppressedCellShowsOnlyLessThanFive() {
        Cell hidden = Cell.of(40).suppress();
        assertThat(hidden.text()).isEqualTo(Cell.SUPPRESSED_TEXT);
        assertThat(hidden.shown()).isNull();
        assertThat(Cell.of(SmallCells.MIN_GROUP).suppressed()).isFalse();
        assertThat(Cell.of(SmallCells.MIN_GROUP - 1).suppressed()).isTrue();
    }
}
