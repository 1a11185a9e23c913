package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.uitzicht.opp.GoalCourse;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Measurement;

/**
 * A goal's measured course in the evaluation (ADR 0083): the small chart and a table of the measurements
 * (date, value, target or norm, share of the norm), as one piece of markup built on the server.
 */
final class GoalCourseView {

    private GoalCourseView() {}

    /** The chart and table of {@code course} (measured), with the id {@code id}. */
    static Html of(Component owner, GoalCourse course, String id) {
        String values = course.points().stream()
                .map(p -> number(owner, p.measurement().value()))
                .collect(Collectors.joining(", "));
        Measurement last = course.points().getLast().measurement();
        String label = owner.getTranslation("opp.course.chartLabel", values, number(owner, last.target()));
        StringBuilder table = new StringBuilder("<table class=\"goal-course-table\"><thead><tr>");
        for (String key : new String[] {"opp.course.on", "opp.course.value", "opp.course.target", "opp.course.share"}) {
            table.append("<th>")
                    .append(CourseChart.escape(owner.getTranslation(key)))
                    .append("</th>");
        }
        table.append("</tr></thead><tbody>");
        for (GoalCourse.Point p : course.points()) {
            Measurement m = p.measurement();
            table.append("<tr><td>")
                    .append(OppListView.DATE.format(p.on()))
                    .append("</td><td>")
                    .append(CourseChart.escape(value(owner, m)))
                    .append("</td><td>")
                    .append(CourseChart.escape(target(owner, m)))
                    .append("</td><td>")
                    .append(m.percentOfTarget())
                    .append("%</td></tr>");
        }
        table.append("</tbody></table>");
        Html html = new Html("<div class=\"goal-course\">" + CourseChart.svg(course, label) + table + "</div>");
        html.setId(id);
        return html;
    }

    /** The measured value as a person reads it: "3 – gedeeltelijk" or "34". */
    static String value(Component owner, Measurement m) {
        return m.kind() == MeasureKind.SCALE
                ? MeasurementFields.scaleLabel(owner, m.value().intValue())
                : number(owner, m.value());
    }

    /** The target: "doel 4 – grotendeels" or "norm 40". */
    static String target(Component owner, Measurement m) {
        return m.kind() == MeasureKind.SCALE
                ? owner.getTranslation(
                        "opp.course.targetLevel",
                        MeasurementFields.scaleLabel(owner, m.target().intValue()))
                : owner.getTranslation("opp.course.norm", number(owner, m.target()));
    }

    /** A line for the list of observations: "Score 34 (norm 40, 85%)". */
    static String summary(Component owner, Measurement m) {
        return owner.getTranslation(
                "opp.course.summary." + m.kind(), value(owner, m), target(owner, m), m.percentOfTarget());
    }

    private static String number(Component owner, BigDecimal n) {
        NumberFormat format =
                NumberFormat.getNumberInstance(owner.getUI().map(UI::getLocale).orElse(Locale.of("nl")));
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(n);
    }
}
