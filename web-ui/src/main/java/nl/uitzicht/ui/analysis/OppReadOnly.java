package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.uitzicht.opp.Agreement;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppReviewCopy;

/** The OPP's content as a rater reads it: pseudonymised unless they are staff of its school. */
class OppReadOnly extends Div {

    OppReadOnly(OppReviewCopy copy) {
        addClassName("analysis-opp");
        Paragraph who = new Paragraph(
                copy.pseudonymised()
                        ? getTranslation("analysis.opp.pseudonymised")
                        : getTranslation("analysis.opp.identified", copy.pupilName(), copy.group()));
        who.addClassName("muted");
        add(who);
        OppContent c = copy.content();
        section("opp.factors.title");
        for (Factor f : c.factors()) {
            line(
                    getTranslation("opp.part.factor." + f.kind()) + " (" + getTranslation("opp.domain." + f.domain())
                            + ")",
                    f.description());
        }
        section("opp.perspective.title");
        line(
                getTranslation("opp.part.destination"),
                c.perspective().destination() == null
                        ? "–"
                        : getTranslation("opp.destination." + c.perspective().destination()));
        line(getTranslation("opp.part.reasoning"), c.perspective().reasoning());
        line(getTranslation("opp.part.needed"), c.perspective().needed());
        section("opp.tab.handelingsdeel");
        for (Goal g : c.handelingsdeel().goals()) {
            line(
                    getTranslation("opp.part.goal"),
                    g.description()
                            + (g.measure() == null ? "" : " — " + g.measure())
                            + (g.targetOn() == null ? "" : " — " + RoundsView.DATE.format(g.targetOn())));
        }
        for (Intervention i : c.handelingsdeel().interventions()) {
            line(
                    getTranslation("opp.part.intervention"),
                    i.description() + " — " + getTranslation("opp.performer." + i.performer()) + ", " + i.frequency());
        }
        for (Agreement a : c.handelingsdeel().agreements()) {
            line(
                    getTranslation("opp.part.agreement"),
                    getTranslation("opp.party." + a.party()) + ": " + a.description());
        }
        line(getTranslation("opp.part.pupilView"), c.pupilView().isBlank() ? "–" : c.pupilView());
        line(
                getTranslation("analysis.opp.consent"),
                c.consentedOn() == null ? "–" : RoundsView.DATE.format(c.consentedOn()));
    }

    private void section(String key) {
        Span s = new Span(getTranslation(key));
        s.addClassName("analysis-part");
        add(s);
    }

    private void line(String label, String text) {
        Div d = new Div();
        Span l = new Span(label + ": ");
        l.addClassName("analysis-label");
        d.add(l, new Span(text));
        add(d);
    }
}
