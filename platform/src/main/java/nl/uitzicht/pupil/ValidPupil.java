package nl.uitzicht.pupil;

import java.time.LocalDate;
import java.time.Year;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Pupil input that passed every rule. */
record ValidPupil(
        String name,
        int birthYear,
        String group,
        LocalDate enrolledOn,
        @Nullable LocalDate leftOn) {

    static ValidPupil of(PupilInput in, LocalDate today) {
        String name = InvalidInput.text("name", in.name(), 80, true);
        Integer year = in.birthYear();
        if (year == null) {
            throw new InvalidInput("birthYear", "opp.validation.required");
        }
        int thisYear = Year.from(today).getValue();
        if (year < thisYear - 25 || year > thisYear - 2) {
            throw new InvalidInput("birthYear", "opp.pupil.error.birthYear");
        }
        String group = InvalidInput.text("group", in.group(), 20, true);
        LocalDate enrolled = in.enrolledOn();
        if (enrolled == null) {
            throw new InvalidInput("enrolledOn", "opp.validation.required");
        }
        if (enrolled.isAfter(today.plusYears(1))) {
            throw new InvalidInput("enrolledOn", "opp.pupil.error.enrolledFuture");
        }
        LocalDate left = in.leftOn();
        if (left != null && left.isBefore(enrolled)) {
            throw new InvalidInput("leftOn", "opp.pupil.error.leftBeforeEnrolled");
        }
        return new ValidPupil(name, year, group, enrolled, left);
    }
}
