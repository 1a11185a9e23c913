package nl.uitzicht.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private School school() {
        return new School("12AB", "00", "De Regenboog", SchoolType.BAO, "Utrecht", 250);
    }

    @Test
    void anUpdateChangesTheDetailsButNeverTheIdentity() {
        School s = school();
        s.update(new SchoolDetails("99ZZ", "05", "Regenboog", SchoolType.SBO, null, 120));
        SchoolSummary summary = s.summary();
        assertThat(summary.code()).isEqualTo("12AB00");
        assertThat(summary.name()).isEqualTo("Regenboog");
        assertThat(summary.type()).isEqualTo(SchoolType.SBO);
        assertThat(summary.municipality()).isNull();
        assertThat(summary.pupilCount()).isEqualTo(120);
    }

    @Test
    void aSchoolIsAddedByHandUntilDuoListsIt() {
        School s = school();
        assertThat(s.summary().source()).isEqualTo(SchoolSource.MANUAL);
        s.takeFrom(SchoolSource.DUO);
        assertThat(s.summary().source()).isEqualTo(SchoolSource.DUO);
    }

    @Test
    void closingAndReopening() {
        School s = school();
        assertThat(s.isClosed()).isFalse();
        assertThat(s.summary().open()).isTrue();
        s.close(LocalDate.of(2026, 8, 1));
        assertThat(s.isClosed()).isTrue();
        assertThat(s.summary().closedOn()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(s.summary().open()).isFalse();
        s.reopen();
        assertThat(s.isClosed()).isFalse();
    }

    @Test
    void renaming() {
        School s = school();
        s.rename("Het Kompas");
        assertThat(s.summary().name()).isEqualTo("Het Kompas");
    }
}
