package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentConsent;
import nl.uitzicht.opp.ParentNote;
import nl.uitzicht.opp.ParentVoices;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.ui.kit.PageText;

/**
 * For school staff in the OPP: what the parents said in the portal (their answer on the handelingsdeel,
 * whether it still holds for the current one, and their views and questions), and the way to the page
 * where staff invite parents or take their access away. The paper route (a conversation with an outcome)
 * is unchanged.
 */
public class ParentVoicesPanel extends VerticalLayout {

    public ParentVoicesPanel(StaffScope scope, OppPlan plan) {
        setPadding(false);
        addClassName("opp-section");
        setId("opp-parents");
        ParentAnswers answers = Instantiator.get(UI.getCurrent()).getOrCreate(ParentAnswers.class);
        ParentVoices voices = answers.ofPlan(scope, plan.id());
        add(new H2(getTranslation("parent.voices.title")));
        RouterLink manage = new RouterLink(
                getTranslation("parent.voices.manage"),
                PupilParentsView.class,
                new RouteParameters(PupilParentsView.PUPIL, plan.pupil().id().toString()));
        manage.setId("opp-parents-manage");
        add(manage);
        add(new H3(getTranslation("parent.voices.answers")));
        if (voices.consents().isEmpty()) {
            add(PageText.muted(getTranslation("parent.voices.noAnswers")));
        }
        for (ParentConsent c : voices.consents()) {
            String state = c.withdrawn()
                    ? getTranslation("parent.voices.withdrawn")
                    : c.current() ? getTranslation("parent.voices.current") : getTranslation("parent.voices.outdated");
            Paragraph p = new Paragraph(getTranslation(
                            "parent.voices.answer." + c.outcome(),
                            c.parentName(),
                            c.versionNo(),
                            Dates.of(this, c.givenAt()))
                    + " (" + state + ")" + (c.reason().isBlank() ? "" : ": " + c.reason()));
            p.addClassName("opp-parent-answer");
            add(p);
        }
        add(new H3(getTranslation("parent.voices.notes")));
        if (voices.notes().isEmpty()) {
            add(PageText.muted(getTranslation("parent.voices.noNotes")));
        }
        for (ParentNote n : voices.notes()) {
            Paragraph p = new Paragraph(getTranslation(
                    "parent.voices.note",
                    n.parentName(),
                    getTranslation("parent.notes.kind." + n.kind()),
                    Dates.of(this, n.writtenAt()),
                    n.body()));
            p.addClassName("opp-parent-note");
            add(p);
        }
    }
}
