package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A Dutch school year runs from 1 August to 31 July: the only period a dashboard is asked for. */
class SchoolYearTest {

    @Test
    void theFirstOfAugustStartsTheNewSchoolYear() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 7, 31))).isEqualTo(new SchoolYear(2025));
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 1))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void firstAndLastDayAndLabel() {
        SchoolYear y = new SchoolYear(2025);
        assertThat(y.firstDay()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(y.lastDay()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(y.label()).isEqualTo("2025-2026");
    }

    @Test
    void recentYearsNewestFirst() {
        assertThat(SchoolYear.upTo(LocalDate.of(2026, 9, 1), 3))
                .containsExactly(new SchoolYear(2026), new SchoolYear(2025), new SchoolYear(2024));
        assertThat(new SchoolYear(2024)).isLessThan(new SchoolYear(2025));
    }

    @Test
    void absurdYearsAreRefused() {
        assertThatThrownBy(() -> new SchoolYear(1999)).hasMessage("dashboard.error.period");
        assertThatThrownBy(() -> new SchoolYear(2201)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SchoolYear(2000).startYear()).isEqualTo(2000);
    }
}
