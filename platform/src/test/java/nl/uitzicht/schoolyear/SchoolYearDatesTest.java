package nl.uitzicht.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** The region's school year and the retention term's date arithmetic, without Spring. */
class SchoolYearDatesTest {

    private final SchoolYearDates august = new SchoolYearDates(MonthDay.of(8, 1));

    @Test
    void aSchoolYearRunsFromTheRolloverDayToTheDayBeforeTheNext() {
        assertThat(august.start(2026)).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(august.end(2026)).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(august.leavingDay(2026)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(august.yearOf(LocalDate.of(2026, 7, 31))).isEqualTo(2025);
        assertThat(august.yearOf(LocalDate.of(2026, 8, 1))).isEqualTo(2026);
        assertThat(august.yearOf(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
    }

    @Test
    void aRegionCanMoveTheRolloverDay() {
        SchoolYearDates later = new SchoolYearDates(MonthDay.of(8, 25));
        assertThat(later.yearOf(LocalDate.of(2026, 8, 24))).isEqualTo(2025);
        assertThat(later.yearOf(LocalDate.of(2026, 8, 25))).isEqualTo(2026);
        assertThat(later.end(2025)).isEqualTo(LocalDate.of(2026, 8, 24));
        // A leap year in between changes nothing: the day is fixed.
        assertThat(later.end(2027)).isEqualTo(LocalDate.of(2028, 8, 24));
    }

    @Test
    void aFileMayBeDeletedTheTermAfterItEndedNotADayBefore() {
        RetentionTerm two = new RetentionTerm(2);
        LocalDate ended = LocalDate.of(2024, 7, 31);
        assertThat(two.deleteFrom(ended, false)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(two.expired(ended, false, LocalDate.of(2026, 7, 30))).isFalse();
        assertThat(two.expired(ended, false, LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(new RetentionTerm(1).deleteFrom(ended, false)).isEqualTo(LocalDate.of(2025, 7, 31));
    }

    @Test
    void aReferralToSpecialEducationIsKeptAYearLonger() {
        RetentionTerm two = new RetentionTerm(2);
        LocalDate ended = LocalDate.of(2024, 3, 1);
        assertThat(two.deleteFrom(ended, true)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(two.expired(ended, true, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void aLeapDayEndsOnTheLastDayOfFebruary() {
        assertThat(new RetentionTerm(2).deleteFrom(LocalDate.of(2024, 2, 29), false))
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theTermStaysWithinOneAndTwoYears() {
        assertThatThrownBy(() -> new RetentionTerm(0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RetentionTerm(3)).isInstanceOf(InvalidInput.class);
        assertThat(new RetentionTerm(RetentionTerm.MINIMUM_YEARS).years()).isEqualTo(1);
    }
}
