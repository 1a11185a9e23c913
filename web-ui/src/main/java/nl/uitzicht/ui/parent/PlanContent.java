package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.opp.Agreement;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.Uitstroomperspectief;
import nl.uitzicht.ui.kit.PageText;

/**
 * One version of the plan in plain words, in the order of the parents' PDF (the same {@link OppContent}):
 * what helps and what is hard, where the child is heading, the goals, what everyone does, the agreements
 * and what the child said. Read-only; one card per part, stacked for a phone.
 */
class PlanContent extends VerticalLayout {

    PlanContent(OppContent content, String pupilName) {
        setPadding(false);
        setSpacing(false);
        addClassName("parent-plan");
        setId("parent-plan-content");
        add(
                factors(content, pupilName),
                perspective(content.perspective(), pupilName),
                goals(content),
                interventions(content),
                agreements(content),
                pupilView(content, pupilName));
    }

    private Div factors(OppContent content, String name) {
        Div card = card("parent-part-factors", getTranslation("parent.part.factors", name));
        card.add(new H3(getTranslation("parent.part.helping")));
        card.add(list(content.factors(FactorKind.HELPING)));
        card.add(new H3(getTranslation("parent.part.hindering")));
        card.add(list(content.factors(FactorKind.HINDERING)));
        return card;
    }

    private Component list(List<Factor> factors) {
        if (factors.isEmpty()) {
            return none();
        }
        UnorderedList list = new UnorderedList();
        factors.forEach(
                f -> list.add(new ListItem(getTranslation("opp.domain." + f.domain()) + ": " + f.description())));
        return list;
    }

    private Div perspective(Uitstroomperspectief perspective, String name) {
        Div card = card("parent-part-perspective", getTranslation("parent.part.perspective", name));
        if (perspective.destination() == null) {
            card.add(none());
            return card;
        }
        card.add(fact("parent.part.destination", getTranslation("opp.destination." + perspective.destination())));
        text(card, perspective.reasoning());
        if (!perspective.needed().isBlank()) {
            card.add(fact("parent.part.needed", perspective.needed()));
        }
        return card;
    }

    private Div goals(OppContent content) {
        Div card = card("parent-part-goals", getTranslation("parent.part.goals"));
        card.add(PageText.muted(getTranslation("parent.part.goals.intro")));
        List<Goal> goals = content.handelingsdeel().goals();
        if (goals.isEmpty()) {
            card.add(none());
        }
        int n = 1;
        for (Goal goal : goals) {
            Div item = new Div();
            item.addClassName("parent-item");
            item.add(new H3(getTranslation("parent.part.goal", n++, goal.description())));
            item.add(fact("parent.part.area", getTranslation("opp.domain." + goal.domain())));
            if (goal.baseline() != null && !goal.baseline().isBlank()) {
                item.add(fact("parent.part.baseline", goal.baseline()));
            }
            if (goal.measure() != null && !goal.measure().isBlank()) {
                item.add(fact("parent.part.measure", goal.measure()));
            }
            if (goal.targetOn() != null) {
                item.add(fact("parent.part.targetOn", Dates.of(this, goal.targetOn())));
            }
            card.add(item);
        }
        return card;
    }

    private Div interventions(OppContent content) {
        Div card = card("parent-part-interventions", getTranslation("parent.part.interventions"));
        List<Intervention> interventions = content.handelingsdeel().interventions();
        if (interventions.isEmpty()) {
            card.add(none());
        }
        List<UUID> goalOrder =
                content.handelingsdeel().goals().stream().map(Goal::key).toList();
        for (Intervention i : interventions) {
            Div item = new Div();
            item.addClassName("parent-item");
            item.add(new H3(i.description()));
            item.add(fact("parent.part.who", getTranslation("opp.performer." + i.performer())));
            item.add(fact("parent.part.howOften", i.frequency()));
            String forGoals = i.goals().stream()
                    .map(goalOrder::indexOf)
                    .filter(index -> index >= 0)
                    .map(index -> String.valueOf(index + 1))
                    .collect(Collectors.joining(", "));
            if (!forGoals.isEmpty()) {
                item.add(fact("parent.part.forGoals", forGoals));
            }
            item.add(fact("parent.part.level", getTranslation("opp.level." + i.level())));
            card.add(item);
        }
        return card;
    }

    private Div agreements(OppContent content) {
        Div card = card("parent-part-agreements", getTranslation("parent.part.agreements"));
        List<Agreement> agreements = content.handelingsdeel().agreements();
        if (agreements.isEmpty()) {
            card.add(none());
            return card;
        }
        UnorderedList list = new UnorderedList();
        agreements.forEach(
                a -> list.add(new ListItem(getTranslation("opp.party." + a.party()) + ": " + a.description())));
        card.add(list);
        return card;
    }

    private Div pupilView(OppContent content, String name) {
        Div card = card("parent-part-pupil", getTranslation("parent.part.pupilView", name));
        if (content.pupilView().isBlank()) {
            card.add(none());
        } else {
            text(card, content.pupilView());
        }
        return card;
    }

    static Div card(String id, String title) {
        Div card = new Div(new H2(title));
        card.addClassNames("card", "parent-section");
        card.setId(id);
        return card;
    }

    private Paragraph fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("parent-label");
        Paragraph p = new Paragraph(label, new Span(value));
        p.addClassName("parent-fact");
        return p;
    }

    private static void text(Div card, String text) {
        ParentPlanView.lines(text).forEach(line -> card.add(new Paragraph(line)));
    }

    private Paragraph none() {
        return PageText.muted(getTranslation("parent.part.none"));
    }
}
