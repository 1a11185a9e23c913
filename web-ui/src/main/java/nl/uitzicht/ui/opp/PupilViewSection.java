package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.parent.PupilWordsPanel;

/** Hoorrecht: the pupil's own view of the plan and what they will do themselves, in their words. */
class PupilViewSection extends Section {

    PupilViewSection(OppEditorView view) {
        super(view);
        OppContent c = plan().content();
        add(heading("opp.pupilView.title"), intro("opp.pupilView.intro"));
        TextArea text = textArea("opp.pupilView.text", "pupil-view", 2000);
        text.setValue(c.pupilView());
        text.setHelperText(getTranslation("opp.pupilView.help"));
        DatePicker heardOn = DatePickers.of(this, "opp.pupilView.heardOn", "pupil-heard-on");
        heardOn.setValue(c.pupilHeardOn() == null ? view.today() : c.pupilHeardOn());
        heardOn.setMax(view.today());
        Div card = card(text);
        if (!c.pupilView().isBlank()) {
            card.add(readability(c.pupilView()));
        }
        card.add(heardOn);
        if (view.editable()) {
            Map<String, HasValidation> fields = Map.of("pupilView", text, "heardOn", heardOn);
            card.add(primary(
                    "opp.save",
                    "pupil-view-save",
                    () -> view.change(
                            v -> view.editor.savePupilView(
                                    view.scope, plan().id(), v, text.getValue(), heardOn.getValue()),
                            fields)));
        } else {
            text.setReadOnly(true);
            heardOn.setReadOnly(true);
            card.add(view.frozenNote());
        }
        add(card);
        // what the pupil said in their own plan, marked as theirs: staff discuss it, they do not overwrite it
        add(new PupilWordsPanel(view.scope, plan()));
    }
}
