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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.LeavingInput;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.SaveButton;

/**
 * A pupil leaves the school: the day, and (when the pupil has an open OPP) whether the plan is closed, with
 * where the pupil went, or goes along to another school of the region.
 */
class LeaveSchoolDialog extends Dialog {

    final DatePicker leftOn;
    final RadioButtonGroup<LeavingInput.Choice> choice = new RadioButtonGroup<>();
    final ComboBox<ExitDestination> destination = new ComboBox<>();
    final ComboBox<SchoolSummary> toSchool = new ComboBox<>();

    LeaveSchoolDialog(
            PupilSummary pupil,
            boolean hasOpenOpp,
            List<SchoolSummary> otherSchools,
            LocalDate today,
            BiPredicate<LeavingInput, Map<String, ? extends HasValidation>> submit) {
        setHeaderTitle(getTranslation("opp.leave.title", pupil.name()));
        setId("pupil-leave");
        setWidth("min(36rem, 95vw)");
        leftOn = DatePickers.of(this, "opp.pupils.leftOn", "pupil-leave-date");
        leftOn.setValue(today);
        leftOn.setMax(today);
        leftOn.setMin(pupil.enrolledOn());
        choice.setLabel(getTranslation("opp.leave.choice"));
        choice.setId("pupil-leave-choice");
        choice.setItems(LeavingInput.Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation("opp.leave.choice." + c));
        choice.addThemeName("vertical");
        destination.setLabel(getTranslation("opp.close.destination"));
        destination.setId("pupil-leave-destination");
        destination.setItems(ExitDestination.values());
        destination.setItemLabelGenerator(d -> getTranslation("opp.destination." + d));
        destination.setClearButtonVisible(true);
        destination.setHelperText(getTranslation("opp.close.destinationHelp"));
        toSchool.setLabel(getTranslation("opp.leave.toSchool"));
        toSchool.setId("pupil-leave-school");
        toSchool.setItems(otherSchools);
        toSchool.setItemLabelGenerator(SchoolSummary::name);
        toSchool.setHelperText(getTranslation("opp.leave.toSchoolHelp"));
        destination.setVisible(false);
        toSchool.setVisible(false);
        choice.addValueChangeListener(e -> {
            destination.setVisible(e.getValue() == LeavingInput.Choice.CLOSE);
            toSchool.setVisible(e.getValue() == LeavingInput.Choice.TRANSFER);
        });
        FormLayout form = new FormLayout(leftOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (hasOpenOpp) {
            form.add(choice, destination, toSchool);
            add(new Paragraph(getTranslation("opp.leave.withOpp")), form);
        } else {
            add(new Paragraph(getTranslation("opp.leave.withoutOpp")), form);
        }
        Map<String, HasValidation> fields =
                Map.of("leftOn", leftOn, "choice", choice, "toSchoolId", toSchool, "destination", destination);
        Button confirm = new SaveButton(getTranslation("opp.leave.confirm"), () -> {
            LeavingInput input = new LeavingInput(
                    leftOn.getValue(),
                    choice.getValue(),
                    choice.getValue() == LeavingInput.Choice.CLOSE ? destination.getValue() : null,
                    choice.getValue() == LeavingInput.Choice.TRANSFER && toSchool.getValue() != null
                            ? toSchool.getValue().id()
                            : null);
            if (submit.test(input, fields)) {
                close();
            }
        });
        confirm.setId("pupil-leave-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("opp.dialog.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
