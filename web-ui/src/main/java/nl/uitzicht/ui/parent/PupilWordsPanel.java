package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.di.Instantiator;
import java.util.List;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.PupilOwnPlans;
import nl.uitzicht.opp.PupilWord;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.ui.kit.PageText;

/**
 * For school staff in the OPP's pupil's-view (hoorrecht) part: what the pupil said in their own plan
 * ("mijn plan", ADR 0087), each marked as the pupil's with its date, to discuss in the conversation. Staff
 * read it here; they do not change it (their own summary of the pupil's view is the field above).
 */
public class PupilWordsPanel extends Div {

    public PupilWordsPanel(StaffScope scope, OppPlan plan) {
        addClassName("card");
        setId("opp-pupil-words");
        PupilOwnPlans plans = Instantiator.get(UI.getCurrent()).getOrCreate(PupilOwnPlans.class);
        List<PupilWord> words = plans.ofPlan(scope, plan.id());
        add(new H3(getTranslation("ownplan.staff.words.title")));
        if (words.isEmpty()) {
            add(PageText.muted(getTranslation("ownplan.staff.words.none")));
        }
        for (PupilWord word : words) {
            String date = Dates.of(this, word.writtenAt());
            String text = word.goalKey() == null
                    ? getTranslation("ownplan.staff.words.view", date, word.body(), word.viaName())
                    : getTranslation(
                            "ownplan.staff.words.goal",
                            date,
                            plan.content()
                                    .goal(word.goalKey())
                                    .map(Goal::description)
                                    .orElseGet(() -> getTranslation("ownplan.staff.words.goalGone")),
                            word.body(),
                            word.viaName());
            Paragraph p = new Paragraph(text);
            p.addClassName("opp-pupil-word");
            add(p);
        }
    }
}
