package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.uitzicht.achterban.Level;
import nl.uitzicht.achterban.SharedStakeholder;
import org.jspecify.annotations.Nullable;

/**
 * The stakeholders on a 3×3 grid: influence up, interest to the right. The corners carry the
 * usual advice (keep satisfied, manage closely, monitor, keep informed).
 */
class InfluenceInterestGrid extends Div {

    InfluenceInterestGrid(List<SharedStakeholder> stakeholders) {
        addClassName("ii-grid");
        setId("influence-interest-grid");
        Span yAxis = new Span(getTranslation("achterban.grid.influence"));
        yAxis.addClassName("ii-axis-y");
        add(yAxis);
        Level[] rows = {Level.HIGH, Level.MEDIUM, Level.LOW};
        Level[] cols = {Level.LOW, Level.MEDIUM, Level.HIGH};
        for (Level influence : rows) {
            Span rowLabel = new Span(getTranslation("achterban.level." + influence.name()));
            rowLabel.addClassName("ii-label");
            add(rowLabel);
            for (Level interest : cols) {
                Div cell = new Div();
                cell.addClassName("ii-cell");
                cell.getElement().setAttribute("data-cell", influence.name() + "-" + interest.name());
                String advice = advice(influence, interest);
                if (advice != null) {
                    Span hint = new Span(getTranslation(advice));
                    hint.addClassName("ii-advice");
                    cell.add(hint);
                }
                stakeholders.stream()
                        .filter(s -> s.influence() == influence && s.interest() == interest)
                        .forEach(s -> {
                            Span chip = new Span(s.name());
                            chip.addClassNames(
                                    "ii-chip", "status-" + s.status().name().toLowerCase(java.util.Locale.ROOT));
                            chip.getElement()
                                    .setAttribute(
                                            "title",
                                            getTranslation("achterban.status."
                                                    + s.status().name()));
                            cell.add(chip);
                        });
                add(cell);
            }
        }
        add(new Span());
        for (Level interest : cols) {
            Span colLabel = new Span(getTranslation("achterban.level." + interest.name()));
            colLabel.addClassName("ii-label");
            add(colLabel);
        }
        Span xAxis = new Span(getTranslation("achterban.grid.interest"));
        xAxis.addClassName("ii-axis-x");
        add(xAxis);
    }

    private static @Nullable String advice(Level influence, Level interest) {
        if (influence == Level.HIGH && interest == Level.HIGH) {
            return "achterban.grid.manageClosely";
        }
        if (influence == Level.HIGH && interest == Level.LOW) {
            return "achterban.grid.keepSatisfied";
        }
        if (influence == Level.LOW && interest == Level.HIGH) {
            return "achterban.grid.keepInformed";
        }
        if (influence == Level.LOW && interest == Level.LOW) {
            return "achterban.grid.monitor";
        }
        return null;
    }
}
