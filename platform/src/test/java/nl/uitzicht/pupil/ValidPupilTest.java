package nl.uitzicht.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** What a school may record about a pupil: name or pseudonym, birth year, group, enrolment; no BSN. */
class ValidPupilTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static InvalidInput refused(PupilInput input) {
        return catchThrowableOfType(InvalidInput.class, () -> ValidPupil.of(input, TODAY));
    }

    @Test
    void aValidPupilIsTrimmed() {
        ValidPupil p = ValidPupil.of(new PupilInput("  Sanne  ", 2015, " 7B ", LocalDate.of(2019, 8, 20), null), TODAY);
        assertThat(p).isEqualTo(new ValidPupil("Sanne", 2015, "7B", LocalDate.of(2019, 8, 20), null));
    }

    @Test
    void theBirthYearLiesBetween25And2YearsAgo() {
        LocalDate enrolled = LocalDate.of(2020, 8, 1);
        assertThat(ValidPupil.of(new PupilInput("A", 2001, "7", enrolled, null), TODAY)
                        .birthYear())
                .isEqualTo(2001);
        assertThat(ValidPupil.of(new PupilInput("A", 2024, "7", enrolled, null), TODAY)
                        .birthYear())
                .isEqualTo(2024);
        InvalidInput tooOld = refused(new PupilInput("A", 2000, "7", enrolled, null));
        assertThat(tooOld.problems().getFirst().field()).isEqualTo("birthYear");
        assertThat(tooOld.messageKey()).isEqualTo("opp.pupil.error.birthYear");
        assertThat(refused(new PupilInput("A", 2025, "7", enrolled, null))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("birthYear");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(refused(new PupilInput(" ", 2015, "7", TODAY, null))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("name");
        assertThat(refused(new PupilInput("A", null, "7", TODAY, null))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("birthYear");
        assertThat(refused(new PupilInput("A", 2015, null, TODAY, null))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("group");
        assertThat(refused(new PupilInput("A", 2015, "7", null, null))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("enrolledOn");
    }

    @Test
    void lengthsOfNameAndGroup() {
        assertThat(ValidPupil.of(new PupilInput("n".repeat(80), 2015, "g".repeat(20), TODAY, null), TODAY))
                .isNotNull();
        assertThat(refused(new PupilInput("n".repeat(81), 2015, "7", TODAY, null))
                        .messageKey())
                .isEqualTo("opp.validation.tooLong.80");
        assertThat(refused(new PupilInput("A", 2015, "g".repeat(21), TODAY, null))
                        .messageKey())
                .isEqualTo("opp.validation.tooLong.20");
    }

    @Test
    void enrolmentMayBePlannedUpToAYearAhead() {
        assertThat(ValidPupil.of(new PupilInput("A", 2015, "7", TODAY.plusYears(1), null), TODAY))
                .isNotNull();
        assertThat(refused(new PupilInput("A", 2015, "7", TODAY.plusYears(1).plusDays(1), null))
                        .messageKey())
                .isEqualTo("opp.pupil.error.enrolledFuture");
    }

    @Test
    void aPupilCannotLeaveBeforeEnrolling() {
        LocalDate enrolled = LocalDate.of(2020, 8, 1);
        assertThat(ValidPupil.of(new PupilInput("A", 2015, "7", enrolled, enrolled), TODAY)
                        .leftOn())
                .isEqualTo(enrolled);
        assertThat(refused(new PupilInput("A", 2015, "7", enrolled, enrolled.minusDays(1)))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("leftOn");
    }
}
