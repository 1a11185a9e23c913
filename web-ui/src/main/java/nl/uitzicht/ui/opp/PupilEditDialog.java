package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Corrects what the school recorded about a pupil (leaving is recorded by {@link LeaveSchoolDialog}). Saved only if
 * nobody changed the pupil meanwhile; otherwise the input stays in the form with a clear message.
 */
class PupilEditDialog extends Dialog {

    private final TextField name = new TextField();
    private final IntegerField birthYear = new IntegerField();
    private final TextField group = new TextField();
    private final DatePicker enrolled;
    private final DatePicker left;
    private final Paragraph conflict = new Paragraph();

    PupilEditDialog(PupilRegister pupils, StaffScope scope, PupilSummary pupil, Runnable onSaved) {
        setHeaderTitle(getTranslation("opp.pupils.edit.title", pupil.name()));
        setId("pupil-edit");
        name.setLabel(getTranslation("opp.pupils.name"));
        name.setMaxLength(80);
        name.setValue(pupil.name());
        name.setId("pupil-edit-name");
        birthYear.setLabel(getTranslation("opp.pupils.birthYear"));
        birthYear.setValue(pupil.birthYear());
        birthYear.setId("pupil-edit-birth-year");
        group.setLabel(getTranslation("opp.pupils.group"));
        group.setMaxLength(20);
        group.setValue(pupil.group());
        group.setId("pupil-edit-group");
        enrolled = DatePickers.of(this, "opp.pupils.enrolledOn", "pupil-edit-enrolled");
        enrolled.setValue(pupil.enrolledOn());
        left = DatePickers.of(this, "opp.pupils.leftOn", "pupil-edit-left");
        left.setValue(pupil.leftOn());
        // Leaving goes through "Leaves the school", which also decides what becomes of an open OPP.
        left.setReadOnly(true);
        left.setVisible(pupil.hasLeft());
        conflict.addClassName("form-error");
        conflict.setVisible(false);
        conflict.setId("pupil-edit-conflict");
        FormLayout form = new FormLayout(name, birthYear, group, enrolled, left);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(conflict, form);
        Map<String, HasValidation> fields =
                Map.of("name", name, "birthYear", birthYear, "group", group, "enrolledOn", enrolled, "leftOn", left);
        Button save = new SaveButton(getTranslation("opp.pupils.edit.save"), () -> {
            InputErrors.clear(fields);
            try {
                pupils.update(
                        scope,
                        pupil.id(),
                        pupil.version(),
                        new PupilInput(
                                name.getValue(),
                                birthYear.getValue(),
                                group.getValue(),
                                enrolled.getValue(),
                                left.getValue()));
                close();
                Notices.success(getTranslation("opp.saved"));
                onSaved.run();
            } catch (InvalidInput invalid) {
                InputErrors.show(this, invalid, fields);
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                conflict.setText(getTranslation("opp.pupils.edit.conflict"));
                conflict.setVisible(true);
            }
        });
        save.setId("pupil-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("opp.pupils.edit.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
