package nl.uitzicht.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PupilTest {

    @Test
    void aPupilStaysAtItsSchoolWhileItsDetailsChange() {
        UUID school = UUID.randomUUID();
        Pupil pupil = new Pupil(school, new ValidPupil("Sanne", 2015, "6", LocalDate.of(2019, 8, 20), null));
        assertThat(pupil.summary().hasLeft()).isFalse();
        pupil.apply(new ValidPupil("Sanne de Vries", 2015, "7", LocalDate.of(2019, 8, 20), LocalDate.of(2026, 7, 10)));
        PupilSummary s = pupil.summary();
        assertThat(s.name()).isEqualTo("Sanne de Vries");
        assertThat(s.group()).isEqualTo("7");
        assertThat(s.schoolId()).isEqualTo(school);
        assertThat(s.hasLeft()).isTrue();
        assertThat(pupil.getSchoolId()).isEqualTo(school);
    }
}
