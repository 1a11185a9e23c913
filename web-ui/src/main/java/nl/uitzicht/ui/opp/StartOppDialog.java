package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.opp.EarlierPlan;
import nl.uitzicht.opp.StartingPoint;
import nl.uitzicht.opptemplate.OppTemplate;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * When the extra support started: asked when an OPP starts (today unless told otherwise) and when it is
 * corrected later. Not in the future, not before enrolment; the 6-week deadline runs from there, and the
 * dialog shows it as the date is picked. A new plan also asks what it starts from (ADR 0081): empty, the
 * pupil's previous plan (when there is a closed one) or a template of the region or the school.
 */
class StartOppDialog extends Dialog {

    /** What the new plan starts from, as picked: the kind, and the template when it is a template. */
    record Choice(StartingPoint.Kind kind, @Nullable UUID templateId) {}

    /** Starts or corrects with the picked date and choice, showing input errors on the given fields; true when done. */
    @FunctionalInterface
    interface Submit {
        boolean test(LocalDate started, Choice from, Map<String, ? extends HasValidation> fields);
    }

    final DatePicker started;
    final Paragraph deadline = new Paragraph();
    final RadioButtonGroup<StartingPoint.Kind> from = new RadioButtonGroup<>();
    final ComboBox<OppTemplate> template = new ComboBox<>();

    /**
     * Without a choice of starting point: {@code current} is the date recorded so far (a correction), or null (a new,
     * empty plan). {@code submit}: starts or corrects with the picked date, showing input errors on the given
     * fields; true when done.
     */
    StartOppDialog(
            PupilSummary pupil,
            LocalDate today,
            @Nullable LocalDate current,
            BiPredicate<LocalDate, Map<String, ? extends HasValidation>> submit) {
        this(pupil, today, current, null, List.of(), (date, from, fields) -> submit.test(date, fields));
    }

    /**
     * {@code current}: the date recorded so far (a correction), or null (a new plan, which may start from {@code
     * previous}, the pupil's last closed plan, or one of {@code templates}).
     */
    StartOppDialog(
            PupilSummary pupil,
            LocalDate today,
            @Nullable LocalDate current,
            @Nullable EarlierPlan previous,
            List<OppTemplate> templates,
            Submit submit) {
        boolean correction = current != null;
        setHeaderTitle(getTranslation(correction ? "opp.start.correctTitle" : "opp.start.title", pupil.name()));
        setId("opp-start");
        setWidth("min(34rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation(correction ? "opp.start.correctIntro" : "opp.start.intro"));
        started = DatePickers.of(this, "opp.start.date", "opp-start-date");
        started.setMax(today);
        started.setMin(pupil.enrolledOn());
        started.setValue(correction ? current : today.isBefore(pupil.enrolledOn()) ? pupil.enrolledOn() : today);
        started.setHelperText(getTranslation("opp.start.dateHelp", OppListView.DATE.format(pupil.enrolledOn())));
        started.setRequired(true);
        started.setWidthFull();
        deadline.setId("opp-start-deadline");
        started.addValueChangeListener(e -> showDeadline());
        showDeadline();
        add(intro, started, deadline);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("supportStartedOn", started));
        if (!correction && (previous != null || !templates.isEmpty())) {
            startingPoints(previous, templates);
            fields.put("startingPoint", from);
            fields.put("template", template);
        }
        Button go = new SaveButton(getTranslation(correction ? "opp.start.correct" : "opp.start.confirm"), () -> {
            InputErrors.clear(fields);
            if (started.getValue() == null) {
                InputErrors.show(this, new InvalidInput("supportStartedOn", "opp.validation.required"), fields);
                return;
            }
            if (from.getValue() == StartingPoint.Kind.TEMPLATE && template.getValue() == null) {
                InputErrors.show(this, new InvalidInput("template", "opp.validation.required"), fields);
                return;
            }
            Choice choice = new Choice(
                    from.getValue() == null ? StartingPoint.Kind.EMPTY : from.getValue(),
                    from.getValue() == StartingPoint.Kind.TEMPLATE
                            ? template.getValue().id()
                            : null);
            if (submit.test(started.getValue(), choice, fields)) {
                close();
            }
        });
        go.setId("opp-start-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("opp.dialog.cancel"), e -> close());
        getFooter().add(cancel, go);
    }

    private void startingPoints(@Nullable EarlierPlan previous, List<OppTemplate> templates) {
        List<StartingPoint.Kind> kinds = new ArrayList<>(List.of(StartingPoint.Kind.EMPTY));
        if (previous != null) {
            kinds.add(StartingPoint.Kind.PREVIOUS_PLAN);
        }
        if (!templates.isEmpty()) {
            kinds.add(StartingPoint.Kind.TEMPLATE);
        }
        from.setLabel(getTranslation("opp.start.from"));
        from.setId("opp-start-from");
        from.setItems(kinds);
        from.setItemLabelGenerator(k -> k == StartingPoint.Kind.PREVIOUS_PLAN && previous != null
                ? getTranslation("opp.start.from.PREVIOUS_PLAN", OppListView.DATE.format(previous.closedOn()))
                : getTranslation("opp.start.from." + k));
        from.addClassName("opp-vertical");
        from.setValue(StartingPoint.Kind.EMPTY);
        from.setHelperText(getTranslation("opp.start.fromHelp"));
        template.setLabel(getTranslation("opp.start.template"));
        template.setId("opp-start-template");
        template.setItems(templates);
        template.setItemLabelGenerator(t ->
                getTranslation(t.regionWide() ? "opp.start.template.region" : "opp.start.template.school", t.name()));
        template.setWidthFull();
        template.setVisible(false);
        from.addValueChangeListener(e -> template.setVisible(e.getValue() == StartingPoint.Kind.TEMPLATE));
        add(from, template);
    }

    private void showDeadline() {
        LocalDate value = started.getValue();
        deadline.setText(
                value == null
                        ? ""
                        : getTranslation("opp.start.deadline", OppListView.DATE.format(Deadlines.setByFor(value))));
    }
}
