package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.uitzicht.opp.Evaluation;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Measurement;
import nl.uitzicht.opp.Observation;
import nl.uitzicht.opp.ParentCopy;
import nl.uitzicht.ui.kit.PageText;

/** How the plan goes: the school's latest monitoring notes (a summary) and the evaluations. */
class ProgressContent extends VerticalLayout {

    static final int NOTES_SHOWN = 5;

    ProgressContent(ParentCopy copy) {
        setPadding(false);
        setSpacing(false);
        add(monitoring(copy.observations()), evaluations(copy));
    }

    private Div monitoring(List<Observation> observations) {
        Div card = PlanContent.card("parent-monitoring", getTranslation("parent.monitoring.title"));
        if (observations.isEmpty()) {
            card.add(PageText.muted(getTranslation("parent.monitoring.none")));
            return card;
        }
        card.add(PageText.muted(getTranslation(
                "parent.monitoring.summary",
                observations.size(),
                Dates.of(this, observations.getFirst().observedOn()))));
        for (Observation o : observations.stream().limit(NOTES_SHOWN).toList()) {
            Div item = new Div(new H3(Dates.of(this, o.observedOn())));
            if (o.measurement() != null) {
                item.add(new Paragraph(measured(o.measurement())));
            }
            if (!o.note().isEmpty()) {
                item.add(new Paragraph(o.note()));
            }
            item.addClassName("parent-item");
            card.add(item);
        }
        return card;
    }

    /** A measured value in plain words (ADR 0083): "Meting: 3 – gedeeltelijk (doel: 4)". */
    private String measured(Measurement m) {
        if (m.kind() == MeasureKind.SCALE) {
            int level = m.value().intValue();
            return getTranslation(
                    "parent.monitoring.scale",
                    level,
                    getTranslation("opp.scale." + level),
                    m.target().intValue());
        }
        return getTranslation(
                "parent.monitoring.score",
                m.value().stripTrailingZeros().toPlainString(),
                m.target().stripTrailingZeros().toPlainString(),
                m.percentOfTarget());
    }

    private Div evaluations(ParentCopy copy) {
        Div card = PlanContent.card("parent-evaluation", getTranslation("parent.evaluation.title"));
        if (copy.evaluations().isEmpty()) {
            card.add(PageText.muted(getTranslation("parent.evaluation.none")));
            return card;
        }
        for (Evaluation e : copy.evaluations()) {
            Div item = new Div(new H3(getTranslation("parent.evaluation.on", Dates.of(this, e.evaluatedOn()))));
            item.addClassName("parent-item");
            item.add(new Paragraph(getTranslation("opp.evaluation.decision." + e.decision())));
            for (GoalEvaluation goal : e.goals()) {
                String result = getTranslation("opp.result." + goal.result());
                item.add(new Paragraph(goal.explanation().isBlank() ? result : result + ": " + goal.explanation()));
            }
            if (!e.parentsView().isBlank()) {
                item.add(new Paragraph(getTranslation("parent.evaluation.parentsView") + ": " + e.parentsView()));
            }
            card.add(item);
        }
        return card;
    }
}
