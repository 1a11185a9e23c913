package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiPredicate;
import nl.uitzicht.opp.ClosingInput;
import nl.uitzicht.opp.ClosingReason;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;

/**
 * Closing an OPP at any state: the day, why (goals reached, pupil left, special education, moved region,
 * other with a note) and where the pupil went, where known. The plan is read-only afterwards.
 */
class CloseOppDialog extends Dialog {

    final DatePicker closedOn;
    final RadioButtonGroup<ClosingReason> reason = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final ComboBox<ExitDestination> destination = new ComboBox<>();
    /** Escape, a click outside or Annuleren with a reason chosen or typed ask first (ADR 0108). */
    final UnsavedChanges changes = UnsavedChanges.of(this);

    /** {@code submit}: runs the close with the form's fields for its input errors; true when it closed. */
    CloseOppDialog(LocalDate today, BiPredicate<ClosingInput, Map<String, ? extends HasValidation>> submit) {
        setHeaderTitle(getTranslation("opp.close.title"));
        setId("opp-close");
        setWidth("min(38rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("opp.close.intro"));
        closedOn = DatePickers.of(this, "opp.close.date", "opp-close-date");
        closedOn.setValue(today);
        closedOn.setMax(today);
        reason.setLabel(getTranslation("opp.close.reason"));
        reason.setId("opp-close-reason");
        reason.setItems(ClosingReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("opp.close.reason." + r));
        reason.setRequired(true);
        reason.addThemeName("vertical");
        note.setLabel(getTranslation("opp.close.note"));
        note.setId("opp-close-note");
        note.setMaxLength(500);
        note.setHelperText(getTranslation("opp.close.noteHelp"));
        reason.addValueChangeListener(e -> note.setRequiredIndicatorVisible(e.getValue() == ClosingReason.OTHER));
        destination.setLabel(getTranslation("opp.close.destination"));
        destination.setId("opp-close-destination");
        destination.setItems(ExitDestination.values());
        destination.setItemLabelGenerator(d -> getTranslation("opp.destination." + d));
        destination.setClearButtonVisible(true);
        destination.setHelperText(getTranslation("opp.close.destinationHelp"));
        FormLayout form = new FormLayout(closedOn, reason, note, destination);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(intro, form);
        changes.watch(closedOn, reason, note, destination);
        Map<String, HasValidation> fields =
                Map.of("closedOn", closedOn, "reason", reason, "note", note, "destination", destination);
        Button confirm = new SaveButton(getTranslation("opp.close.confirm"), () -> {
            ClosingInput input =
                    new ClosingInput(closedOn.getValue(), reason.getValue(), note.getValue(), destination.getValue());
            if (submit.test(input, fields)) {
                close();
            }
        });
        confirm.setId("opp-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("opp.dialog.cancel"), e -> changes.cancel());
        getFooter().add(cancel, confirm);
    }
}
