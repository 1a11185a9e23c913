package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.NotEditableException;
import nl.uitzicht.opp.Observation;
import nl.uitzicht.opp.ObservationInput;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.ui.kit.Attempt;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;

/**
 * Monitoring: dated, signed observations on the support given and the progress per goal, with a measured
 * value (a scale level or a test score against its norm) that feeds the evaluation (ADR 0083), and a note.
 */
class MonitoringSection extends Section {

    MonitoringSection(OppEditorView view) {
        super(view);
        OppContent c = plan().content();
        add(heading("opp.monitoring.title"), intro("opp.monitoring.intro"));
        if (plan().state().consented()) {
            ComboBox<Goal> goal = new ComboBox<>(getTranslation("opp.monitoring.goal"));
            goal.setItems(c.handelingsdeel().goals());
            goal.setItemLabelGenerator(Goal::description);
            goal.setId("observation-goal");
            ComboBox<Intervention> intervention = new ComboBox<>(getTranslation("opp.monitoring.intervention"));
            intervention.setItems(c.handelingsdeel().interventions());
            intervention.setItemLabelGenerator(Intervention::description);
            intervention.setId("observation-intervention");
            DatePicker on = DatePickers.of(this, "opp.monitoring.on", "observation-date");
            on.setValue(view.today());
            on.setMax(view.today());
            on.setMin(plan().deadlines().supportStartedOn());
            MeasurementFields measure = new MeasurementFields(this);
            // Not kept as a server draft: drafts belong to plans that can be edited (OppDrafts), and
            // monitoring runs on active plans, where keeping one fails (ADR 0083).
            TextArea note = new TextArea(getTranslation("opp.monitoring.note"));
            note.setId("observation-note");
            note.setMaxLength(2000);
            note.setWidthFull();
            note.setHelperText(getTranslation("opp.monitoring.noteHelp"));
            List<HasValue<?, ?>> inputs = new ArrayList<>(List.of(goal, intervention, on, note));
            inputs.addAll(measure.inputs());
            Attempt attempt = Attempt.of(inputs.toArray(new HasValue<?, ?>[0]));
            // leaving the editor with an observation not yet saved asks first (ADR 0108)
            view.drafts().changes().watch(inputs);
            FormLayout form = new FormLayout(goal, intervention, on);
            measure.components().forEach(form::add);
            form.add(note);
            form.setColspan(note, 2);
            add(card(form, primary("opp.monitoring.save", "observation-save", () -> {
                Map<String, HasValidation> fields = new HashMap<>(
                        Map.of("goal", goal, "intervention", intervention, "observedOn", on, "note", note));
                fields.putAll(measure.fields());
                InputErrors.clear(fields);
                try {
                    Observation added = view.monitoring.record(
                            view.scope,
                            plan().id(),
                            attempt.id(),
                            new ObservationInput(
                                    goal.getValue() == null
                                            ? null
                                            : goal.getValue().key(),
                                    intervention.getValue() == null
                                            ? null
                                            : intervention.getValue().key(),
                                    on.getValue(),
                                    measure.measureKind(),
                                    measure.value(),
                                    measure.target(),
                                    note.getValue()));
                    view.drafts().changes().saved(inputs.toArray(new HasValue<?, ?>[0]));
                    Notices.success(
                            getTranslation("opp.monitoring.saved", OppListView.DATE.format(added.observedOn())));
                    view.reload();
                } catch (InvalidInput e) {
                    InputErrors.show(this, e, fields);
                } catch (NotEditableException e) {
                    // the plan left its active states meanwhile (closed, say): told, the form keeps what was typed
                    Notices.error(getTranslation("opp.error.notEditable", getTranslation("opp.state." + e.state())));
                }
            })));
        } else {
            add(intro("opp.monitoring.notActive"));
        }
        Div list = card(subheading("opp.monitoring.list"));
        list.setId("observations");
        if (view.history().observations().isEmpty()) {
            list.add(intro("opp.none"));
        }
        for (Observation o : view.history().observations()) {
            Div row = new Div();
            row.addClassName("opp-item");
            Span date = new Span(OppListView.DATE.format(o.observedOn()));
            date.addClassName("opp-tag");
            String about = o.goalKey() == null
                    ? ""
                    : c.goal(o.goalKey()).map(Goal::description).orElse("");
            Span by = new Span(getTranslation("opp.recordedBy", o.recordedBy(), o.versionNo())
                    + (about.isEmpty() ? "" : " \u00b7 " + about));
            by.addClassName("muted");
            Div text = new Div();
            if (o.measurement() != null) {
                Span measured = new Span(GoalCourseView.summary(this, o.measurement()));
                measured.addClassName("opp-measurement");
                text.add(new Div(measured));
            }
            if (!o.note().isEmpty()) {
                text.add(new Div(new Span(o.note())));
            }
            text.add(new Div(by));
            row.add(date, text);
            list.add(row);
        }
        add(list);
    }
}
