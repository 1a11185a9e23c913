package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiPredicate;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * When the extra support started: asked when an OPP starts (today unless told otherwise) and when it is
 * corrected later. Not in the future, not before enrolment; the 6-week deadline runs from there, and the
 * dialog shows it as the date is picked.
 */
class StartOppDialog extends Dialog {

    final DatePicker started;
    final Paragraph deadline = new Paragraph();

    /**
     * {@code current}: the date recorded so far (a correction), or null (a new plan). {@code submit}: starts or
     * corrects with the picked date, showing input errors on the given field; true when done.
     */
    StartOppDialog(
            PupilSummary pupil,
            LocalDate today,
            @Nullable LocalDate current,
            BiPredicate<LocalDate, Map<String, ? extends HasValidation>> submit) {
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
        Map<String, HasValidation> fields = Map.of("supportStartedOn", started);
        Button go = new SaveButton(getTranslation(correction ? "opp.start.correct" : "opp.start.confirm"), () -> {
            InputErrors.clear(fields);
            if (started.getValue() == null) {
                InputErrors.show(this, new InvalidInput("supportStartedOn", "opp.validation.required"), fields);
                return;
            }
            if (submit.test(started.getValue(), fields)) {
                close();
            }
        });
        go.setId("opp-start-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("opp.dialog.cancel"), e -> close());
        getFooter().add(cancel, go);
    }

    private void showDeadline() {
        LocalDate value = started.getValue();
        deadline.setText(
                value == null
                        ? ""
                        : getTranslation("opp.start.deadline", OppListView.DATE.format(Deadlines.setByFor(value))));
    }
}
