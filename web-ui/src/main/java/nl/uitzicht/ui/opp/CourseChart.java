package nl.uitzicht.ui.opp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.uitzicht.opp.GoalCourse;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Measurement;

/**
 * A goal's measured course as a small inline SVG, drawn on the server (ADR 0083): the values as a line
 * with dots, the target (level or norm) dashed. One string, no chart component: nothing kept in the
 * session but the markup. Only numbers and an escaped label go in.
 */
final class CourseChart {

    static final int WIDTH = 220;
    static final int HEIGHT = 64;
    private static final int PAD = 6;

    private CourseChart() {}

    /** The SVG of {@code course} (at least one point), labelled {@code label} for screen readers. */
    static String svg(GoalCourse course, String label) {
        List<GoalCourse.Point> points = course.points();
        double min;
        double max;
        if (points.getFirst().measurement().kind() == MeasureKind.SCALE) {
            min = Measurement.SCALE_MIN;
            max = Measurement.SCALE_MAX;
        } else {
            min = 0;
            max = points.stream()
                            .map(GoalCourse.Point::measurement)
                            .mapToDouble(m ->
                                    Math.max(m.value().doubleValue(), m.target().doubleValue()))
                            .max()
                            .orElse(1)
                    * 1.1;
        }
        LocalDate first = points.getFirst().on();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, points.getLast().on()));
        StringBuilder values = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            GoalCourse.Point p = points.get(i);
            double x = points.size() == 1
                    ? WIDTH / 2.0
                    : PAD + (WIDTH - 2.0 * PAD) * ChronoUnit.DAYS.between(first, p.on()) / days;
            double y = y(p.measurement().value(), min, max);
            double t = y(p.measurement().target(), min, max);
            values.append(number(x)).append(',').append(number(y)).append(' ');
            if (i == 0) {
                targets.append(PAD).append(',').append(number(t)).append(' ');
            }
            targets.append(number(x)).append(',').append(number(t)).append(' ');
            if (i == points.size() - 1) {
                targets.append(WIDTH - PAD).append(',').append(number(t));
            }
            dots.append("<circle cx=\"")
                    .append(number(x))
                    .append("\" cy=\"")
                    .append(number(y))
                    .append("\" r=\"3\"/>");
        }
        return "<svg class=\"goal-course-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
                + escape(label) + "\"><polyline class=\"target\" fill=\"none\" stroke=\"currentColor\""
                + " stroke-dasharray=\"4 3\" stroke-opacity=\"0.5\" points=\""
                + targets.toString().strip()
                + "\"/><polyline class=\"values\" fill=\"none\" stroke=\"#1676f3\""
                + " stroke-width=\"2\" points=\"" + values.toString().strip()
                + "\"/><g class=\"dots\" fill=\"#1676f3\">" + dots + "</g></svg>";
    }

    private static double y(BigDecimal v, double min, double max) {
        double share = (Math.min(Math.max(v.doubleValue(), min), max) - min) / (max - min);
        return PAD + (HEIGHT - 2.0 * PAD) * (1 - share);
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Text for an attribute or element of the markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
