package nl.uitzicht.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.OpenPlan;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolSource;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

/** The rollover's rows from pupils, schools and open plans, without Spring. */
class RolloverPlannerTest {

    private final SchoolYearDates dates = new SchoolYearDates(MonthDay.of(8, 1));
    private final SchoolSummary school = new SchoolSummary(
            UUID.randomUUID(), "11AA", "00", "De Linde", SchoolType.BAO, null, 200, null, 0, SchoolSource.MANUAL);

    private PupilSummary pupil(String name, String group, LocalDate enrolled) {
        return new PupilSummary(UUID.randomUUID(), school.id(), name, 2016, group, enrolled, null, 0);
    }

    @Test
    void leaversCloseTheirOpenPlansStayersGetTheirEvaluationInTheNewYear() {
        LocalDate enrolled = LocalDate.of(2020, 8, 20);
        PupilSummary sanne = pupil("Sanne", "Groep 8", enrolled);
        PupilSummary milan = pupil("Milan", "Groep 5", enrolled);
        PupilSummary late = pupil("Yara", "Groep 3", LocalDate.of(2026, 8, 1));
        OpenPlan sannePlan = new OpenPlan(UUID.randomUUID(), sanne.id(), school.id(), OppState.DRAFT, null);
        OpenPlan milanPlan = new OpenPlan(UUID.randomUUID(), milan.id(), school.id(), OppState.ACTIVE, null);

        List<RolloverRow> rows = RolloverPlanner.plan(
                List.of(sanne, milan, late), List.of(school), List.of(sannePlan, milanPlan), dates, 2026);

        assertThat(rows)
                .extracting(RolloverRow::pupilName, RolloverRow::change, RolloverRow::before, RolloverRow::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Milan", RolloverChange.MOVE_UP, "Groep 5", "Groep 6"),
                        org.assertj.core.groups.Tuple.tuple("Sanne", RolloverChange.LEAVE, "Groep 8", "2026-07-31"),
                        org.assertj.core.groups.Tuple.tuple("Sanne", RolloverChange.CLOSE_OPP, "DRAFT", "CLOSED"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Milan", RolloverChange.SCHEDULE_EVALUATION, "", "2027-07-31"));
    }

    @Test
    void anEvaluationAlreadyInTheNewYearIsLeftAsItIs() {
        PupilSummary milan = pupil("Milan", "Groep 5", LocalDate.of(2020, 8, 20));
        OpenPlan plan =
                new OpenPlan(UUID.randomUUID(), milan.id(), school.id(), OppState.ACTIVE, LocalDate.of(2027, 3, 1));
        assertThat(RolloverPlanner.plan(List.of(milan), List.of(school), List.of(plan), dates, 2026))
                .extracting(RolloverRow::change)
                .containsExactly(RolloverChange.MOVE_UP);
    }
}
