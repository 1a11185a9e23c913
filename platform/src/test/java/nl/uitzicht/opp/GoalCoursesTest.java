package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** The pre-fill rule of the evaluation and the measured values it works on (ADR 0083), without Spring. */
class GoalCoursesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);
    private final Goal reading = goal("Leest AVI M5");
    private final Goal maths = goal("Tafels tot 10");

    private static Goal goal(String description) {
        return new Goal(UUID.randomUUID(), FactorDomain.LEARNING, description, "nu", "toets", DAY.plusMonths(6));
    }

    private static Measurement scale(int level, int target) {
        return new Measurement(MeasureKind.SCALE, BigDecimal.valueOf(level), BigDecimal.valueOf(target));
    }

    private static Measurement score(String value, String norm) {
        return new Measurement(MeasureKind.SCORE, new BigDecimal(value), new BigDecimal(norm));
    }

    private static Observation observed(Goal goal, int day, Measurement m) {
        return new Observation(UUID.randomUUID(), 1, goal.key(), null, DAY.plusDays(day), "", "juf", m);
    }

    @Test
    void theLastValueAtOrOverItsTargetIsReached() {
        assertThat(GoalCourses.suggest(List.of(scale(2, 4), scale(4, 4)))).isEqualTo(GoalResult.ACHIEVED);
        assertThat(GoalCourses.suggest(List.of(scale(5, 4)))).isEqualTo(GoalResult.ACHIEVED);
        assertThat(GoalCourses.suggest(List.of(score("30", "40"), score("41.5", "40"))))
                .isEqualTo(GoalResult.ACHIEVED);
    }

    @Test
    void improvedButUnderTheTargetIsPartly() {
        assertThat(GoalCourses.suggest(List.of(scale(1, 4), scale(3, 4)))).isEqualTo(GoalResult.PARTLY);
        assertThat(GoalCourses.suggest(List.of(score("20", "40"), score("12", "40"), score("34", "40"))))
                .isEqualTo(GoalResult.PARTLY);
    }

    @Test
    void notImprovedOrASingleValueUnderTheTargetIsNotReached() {
        assertThat(GoalCourses.suggest(List.of(scale(3, 4)))).isEqualTo(GoalResult.NOT_ACHIEVED);
        assertThat(GoalCourses.suggest(List.of(scale(3, 4), scale(3, 4)))).isEqualTo(GoalResult.NOT_ACHIEVED);
        assertThat(GoalCourses.suggest(List.of(scale(3, 4), scale(2, 4)))).isEqualTo(GoalResult.NOT_ACHIEVED);
    }

    @Test
    void aRisingScoreAgainstARisingNormThatFallsFurtherBehindIsNotProgress() {
        // 30 of 40 is 75 %; 33 of 50 is 66 %: more points, but further from the norm.
        assertThat(GoalCourses.suggest(List.of(score("30", "40"), score("33", "50"))))
                .isEqualTo(GoalResult.NOT_ACHIEVED);
    }

    @Test
    void nothingMeasuredSuggestsNothing() {
        assertThat(GoalCourses.suggest(List.of())).isNull();
        GoalCourse course = GoalCourses.of(
                        List.of(reading),
                        List.of(new Observation(
                                UUID.randomUUID(), 1, reading.key(), null, DAY, "Leest vlotter", "juf", null)))
                .getFirst();
        assertThat(course.measured()).isFalse();
        assertThat(course.suggested()).isNull();
        assertThat(course.last()).isNull();
    }

    @Test
    void coursesFollowTheGoalsOldestFirstAndOnlyTheLatestKind() {
        // The history lists newest first.
        List<Observation> history = List.of(
                observed(reading, 90, score("38", "40")),
                observed(maths, 60, scale(4, 4)),
                observed(reading, 60, score("30", "40")),
                observed(reading, 30, scale(2, 4)),
                observed(maths, 10, scale(2, 4)));

        List<GoalCourse> courses = GoalCourses.of(List.of(maths, reading), history);

        assertThat(courses).extracting(GoalCourse::goalKey).containsExactly(maths.key(), reading.key());
        assertThat(courses.get(0).points())
                .extracting(GoalCourse.Point::on)
                .containsExactly(DAY.plusDays(10), DAY.plusDays(60));
        assertThat(courses.get(0).suggested()).isEqualTo(GoalResult.ACHIEVED);
        assertThat(courses.get(1).points())
                .as("the scale before the test does not count in the test's course")
                .extracting(p -> p.measurement().kind())
                .containsExactly(MeasureKind.SCORE, MeasureKind.SCORE);
        assertThat(courses.get(1).suggested()).isEqualTo(GoalResult.PARTLY);
        assertThat(courses.get(1).last().percentOfTarget()).isEqualTo(95);
    }

    @Test
    void aMeasurementIsCheckedAgainstItsScale() {
        assertThat(Measurement.of(null, null, null)).isNull();
        assertThat(Measurement.of(MeasureKind.SCALE, BigDecimal.valueOf(3), new BigDecimal("4.0")))
                .isEqualTo(scale(3, 4));
        assertThat(Measurement.of(MeasureKind.SCORE, new BigDecimal("0"), new BigDecimal("40")))
                .isNotNull();
        assertProblem(() -> Measurement.of(MeasureKind.SCALE, BigDecimal.valueOf(6), BigDecimal.ONE), "value");
        assertProblem(() -> Measurement.of(MeasureKind.SCALE, new BigDecimal("2.5"), BigDecimal.ONE), "value");
        assertProblem(() -> Measurement.of(MeasureKind.SCALE, BigDecimal.ONE, BigDecimal.ZERO), "target");
        assertProblem(() -> Measurement.of(MeasureKind.SCALE, null, BigDecimal.ONE), "value");
        assertProblem(() -> Measurement.of(MeasureKind.SCORE, new BigDecimal("-1"), BigDecimal.TEN), "value");
        assertProblem(() -> Measurement.of(MeasureKind.SCORE, new BigDecimal("10000"), BigDecimal.TEN), "value");
        assertProblem(() -> Measurement.of(MeasureKind.SCORE, BigDecimal.ONE, BigDecimal.ZERO), "target");
        assertProblem(() -> Measurement.of(MeasureKind.SCORE, BigDecimal.ONE, null), "target");
        assertProblem(() -> Measurement.of(null, BigDecimal.ONE, null), "measureKind");
    }

    private static void assertProblem(Runnable check, String field) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsOnlyKeys(field));
    }

    @Test
    void aSecondYearsCourseStartsAfterTheLatestEvaluation() {
        Observation before = observed(reading, 10, scale(4, 4));
        Observation after = observed(reading, 40, scale(2, 4));
        Evaluation first = new Evaluation(
                UUID.randomUUID(),
                1,
                DAY.plusDays(20),
                "",
                "",
                EvaluationDecision.CONTINUE,
                List.of(new GoalEvaluation(reading.key(), GoalResult.ACHIEVED, "")),
                "juf");
        OppHistory history = new OppHistory(List.of(), List.of(after, before), List.of(first), List.of());

        assertThat(GoalCourses.sinceLastEvaluation(history)).containsExactly(after);
        assertThat(GoalCourses.sinceLastEvaluation(
                        new OppHistory(List.of(), List.of(after, before), List.of(), List.of())))
                .containsExactly(after, before);
        assertThat(GoalCourses.of(List.of(reading), GoalCourses.sinceLastEvaluation(history))
                        .getFirst()
                        .suggested())
                .isEqualTo(GoalResult.NOT_ACHIEVED);
    }
}
