package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.GoalCourse;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Measurement;
import org.junit.jupiter.api.Test;

/** The server-drawn course chart (ADR 0083): numbers only, the label escaped, points placed by date. */
class CourseChartTest {

    private static GoalCourse.Point point(LocalDate on, int value, int target, MeasureKind kind) {
        return new GoalCourse.Point(on, new Measurement(kind, BigDecimal.valueOf(value), BigDecimal.valueOf(target)));
    }

    @Test
    void aScaleRunsFromOneToFiveWithTheTargetDashedAndTheLabelEscaped() {
        LocalDate day = LocalDate.of(2026, 2, 1);
        GoalCourse course = new GoalCourse(
                UUID.randomUUID(),
                List.of(point(day, 1, 4, MeasureKind.SCALE), point(day.plusDays(10), 5, 4, MeasureKind.SCALE)),
                GoalResult.ACHIEVED);

        String svg = CourseChart.svg(course, "Doel <\"lezen\"> & meer");

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("aria-label=\"Doel &lt;&quot;lezen&quot;&gt; &amp; meer\"");
        // first at the left edge, lowest level at the bottom; last at the right edge, highest at the top
        assertThat(svg).contains("points=\"6.0,58.0 214.0,6.0\"");
        assertThat(svg).contains("stroke-dasharray");
        assertThat(svg.split("<circle", -1)).hasSize(3);
    }

    @Test
    void aSingleScoreSitsInTheMiddleUnderItsNorm() {
        GoalCourse course = new GoalCourse(
                UUID.randomUUID(),
                List.of(point(LocalDate.of(2026, 2, 1), 20, 40, MeasureKind.SCORE)),
                GoalResult.NOT_ACHIEVED);

        String svg = CourseChart.svg(course, "x");

        assertThat(svg).contains("<circle cx=\"110.0\"");
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
