package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.uitzicht.analysis.AutomaticCheck;
import nl.uitzicht.analysis.AutomaticCheck.Outcome;
import nl.uitzicht.analysis.CheckRules;
import nl.uitzicht.opp.OppEnding;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.ui.kit.Latin1Html;

/**
 * The legal checks of this plan as the region's dashboard counts them (issue 18, ADR 0091): one line per
 * check with its outcome and, where it fails, what to do. Computed from the plan the editor already holds
 * by the same rules the dashboard's SQL follows ({@link CheckRules}), again after every save. Read-only
 * text, so the lines are one element of escaped markup, not a component each (ADR 0090).
 */
class OppChecklist extends Details {

    OppChecklist(OppPlan plan, LocalDate today) {
        OppEnding ending = plan.ending();
        Map<AutomaticCheck, Outcome> outcomes = CheckRules.outcomes(
                plan.state(),
                plan.content(),
                plan.deadlines(),
                ending == null ? null : ending.closedOn(),
                null, // the page count is counted off the request and shown next to the PDF (ADR 0089)
                today);
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
        StringBuilder lines = new StringBuilder("<div><div class=\"opp-check-intro\">")
                .append(escape(getTranslation("opp.checks.intro")))
                .append("</div><ul class=\"opp-check-list\">");
        for (AutomaticCheck check : AutomaticCheck.values()) {
            if (outcomes.containsKey(check)) {
                line(lines, check.name(), outcomes.get(check));
            }
        }
        line(lines, "MEETS_LEGAL_REQUIREMENTS", CheckRules.meetsLegalRequirements(outcomes));
        // innerHTML, not an Html component: Html re-serialises its markup (jsoup, UTF-8), which turns the
        // escaped marks back into characters outside Latin-1 and doubles Vaadin's kept answer (ADR 0090).
        Div markup = new Div();
        markup.setId("opp-checks-lines");
        markup.getElement().setProperty("innerHTML", lines.append("</ul></div>").toString());
        add(markup);
        setOpened(failing > 0);
    }

    private void line(StringBuilder html, String check, Outcome outcome) {
        html.append("<li id=\"opp-check-")
                .append(check)
                .append("\" class=\"opp-check-")
                .append(outcome.name().toLowerCase(Locale.ROOT))
                .append("\"><span class=\"opp-check-mark\">")
                .append(escape(getTranslation("opp.checks.mark." + outcome.name())))
                .append("</span> <span class=\"opp-check-name\">")
                .append(escape(getTranslation("opp.checks.name." + check)))
                .append("</span>");
        if (outcome == Outcome.FAIL) {
            html.append("<span class=\"opp-check-hint\">")
                    .append(escape(getTranslation("opp.checks.hint." + check)))
                    .append("</span>");
        }
        html.append("</li>");
    }

    private static String escape(String text) {
        return Latin1Html.escape(text);
    }
}
