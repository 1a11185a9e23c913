package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import nl.uitzicht.analysis.AutomaticCheck;
import nl.uitzicht.analysis.AutomaticCheck.Outcome;
import nl.uitzicht.analysis.CheckRules;
import nl.uitzicht.opp.OppEnding;
import nl.uitzicht.opp.OppPlan;

/**
 * The legal checks of this plan as the region's dashboard counts them (issue 18, ADR 0091): one line per
 * check with its outcome and, where it fails, what to do. Computed from the plan the editor already holds
 * by the same rules the dashboard's SQL follows ({@link CheckRules}), again after every save.
 */
class OppChecklist extends Details {

    OppChecklist(OppPlan plan, java.time.LocalDate today) {
        OppEnding ending = plan.ending();
        Map<AutomaticCheck, Outcome> outcomes = CheckRules.outcomes(
                plan.state(),
                plan.content(),
                plan.deadlines(),
                ending == null ? null : ending.closedOn(),
                null, // the page count is counted off the request and shown next to the PDF (ADR 0089)
                today);
        Outcome legal = CheckRules.meetsLegalRequirements(outcomes);
        setId("opp-checks");
        addClassName("opp-checks");
        long failing = outcomes.values().stream().filter(o -> o == Outcome.FAIL).count();
        Span summary = new Span(
                failing == 0
                        ? getTranslation("opp.checks.summary.ok")
                        : getTranslation("opp.checks.summary.failing", failing));
        summary.setId("opp-checks-summary");
        summary.addClassName(failing == 0 ? "opp-check-pass" : "opp-check-fail");
        setSummary(summary);
        UnorderedList list = new UnorderedList();
        list.addClassName("opp-check-list");
        for (AutomaticCheck check : AutomaticCheck.values()) {
            if (outcomes.containsKey(check)) {
                list.add(line(check.name(), outcomes.get(check)));
            }
        }
        list.add(line("MEETS_LEGAL_REQUIREMENTS", legal));
        Div intro = new Div(getTranslation("opp.checks.intro"));
        intro.addClassName("opp-check-intro");
        add(intro, list);
        setOpened(failing > 0);
    }

    private ListItem line(String check, Outcome outcome) {
        ListItem item = new ListItem();
        item.setId("opp-check-" + check);
        item.addClassName("opp-check-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        Span mark = new Span(getTranslation("opp.checks.mark." + outcome.name()));
        mark.addClassName("opp-check-mark");
        Span name = new Span(getTranslation("opp.checks.name." + check));
        name.addClassName("opp-check-name");
        item.add(mark, name);
        if (outcome == Outcome.FAIL) {
            Span hint = new Span(getTranslation("opp.checks.hint." + check));
            hint.addClassName("opp-check-hint");
            item.add(hint);
        }
        return item;
    }
}
