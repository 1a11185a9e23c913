package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.achterban.Level;
import nl.uitzicht.achterban.StakeholderDraft;
import nl.uitzicht.achterban.StakeholderKind;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.achterban.StakeholderView;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.jspecify.annotations.Nullable;

/** Add or edit one stakeholder. The save callback calls the service; refusals show at the fields. */
class StakeholderDialog extends Dialog {

    interface Save {
        void save(StakeholderDraft draft);
    }

    private final Select<StakeholderKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextField role = new TextField();
    private final ComboBox<SchoolSummary> school = new ComboBox<>();
    private final TextArea involvement = new TextArea();
    private final Select<Level> influence = new Select<>();
    private final Select<Level> interest = new Select<>();
    private final Select<StakeholderStatus> status = new Select<>();
    private final TextArea privateNotes = new TextArea();
    /** Escape, a click outside or Annuleren with typed text ask first (ADR 0108). */
    private final UnsavedChanges changes = UnsavedChanges.of(this);

    StakeholderDialog(@Nullable StakeholderView existing, List<SchoolSummary> schools, Save save, Runnable done) {
        setId("stakeholder-dialog");
        setHeaderTitle(getTranslation(existing == null ? "achterban.add" : "achterban.edit"));
        setWidth("min(640px, 95vw)");
        kind.setLabel(getTranslation("achterban.kind"));
        kind.setItems(StakeholderKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("achterban.kind." + k.name()));
        kind.setId("stakeholder-kind");
        name.setLabel(getTranslation("achterban.name"));
        name.setId("stakeholder-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        role.setLabel(getTranslation("achterban.role"));
        role.setHelperText(getTranslation("achterban.role.help"));
        role.setMaxLength(120);
        role.setId("stakeholder-role");
        school.setLabel(getTranslation("achterban.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        school.setId("stakeholder-school");
        involvement.setLabel(getTranslation("achterban.involvement"));
        involvement.setHelperText(getTranslation("achterban.involvement.help"));
        involvement.setMaxLength(1000);
        involvement.setId("stakeholder-involvement");
        level(influence, "achterban.influence", "stakeholder-influence");
        level(interest, "achterban.interest", "stakeholder-interest");
        status.setLabel(getTranslation("achterban.status"));
        status.setItems(StakeholderStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("achterban.status." + s.name()));
        status.setId("stakeholder-status");
        privateNotes.setLabel(getTranslation("achterban.privateNotes"));
        privateNotes.setHelperText(getTranslation("achterban.privateNotes.help"));
        privateNotes.setMaxLength(2000);
        privateNotes.setId("stakeholder-notes");

        kind.addValueChangeListener(e -> school.setVisible(e.getValue() == StakeholderKind.SCHOOL));
        school.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(e.getValue().name());
            }
        });
        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            role.setValue(orEmpty(existing.role()));
            schools.stream()
                    .filter(s -> s.id().equals(existing.schoolId()))
                    .findFirst()
                    .ifPresent(school::setValue);
            involvement.setValue(orEmpty(existing.involvement()));
            influence.setValue(existing.influence());
            interest.setValue(existing.interest());
            status.setValue(existing.status());
            privateNotes.setValue(orEmpty(existing.privateNotes()));
        } else {
            kind.setValue(StakeholderKind.PERSON);
            influence.setValue(Level.MEDIUM);
            interest.setValue(Level.MEDIUM);
            status.setValue(StakeholderStatus.NOT_APPROACHED);
        }
        school.setVisible(kind.getValue() == StakeholderKind.SCHOOL);

        FormLayout form =
                new FormLayout(kind, name, role, school, influence, interest, status, involvement, privateNotes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(involvement, 2);
        form.setColspan(privateNotes, 2);
        add(form);
        changes.watch(kind, name, role, school, involvement, influence, interest, status, privateNotes);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("name", name);
        fields.put("role", role);
        fields.put("schoolId", school);
        fields.put("involvement", involvement);
        fields.put("influence", influence);
        fields.put("interest", interest);
        fields.put("status", status);
        fields.put("privateNotes", privateNotes);
        Button saveButton = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(this, fields, () -> save.save(draft()))) {
                close();
                done.run();
            }
        });
        saveButton.setId("stakeholder-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("trainer.cancel"), e -> changes.cancel());
        getFooter().add(cancel, saveButton);
    }

    private void level(Select<Level> select, String labelKey, String id) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(Level.values());
        select.setItemLabelGenerator(l -> getTranslation("achterban.level." + l.name()));
        select.setId(id);
    }

    private StakeholderDraft draft() {
        SchoolSummary chosen = school.getValue();
        UUID schoolId = chosen == null ? null : chosen.id();
        return new StakeholderDraft(
                kind.getValue(),
                name.getValue(),
                role.getValue(),
                schoolId,
                involvement.getValue(),
                influence.getValue(),
                interest.getValue(),
                status.getValue(),
                privateNotes.getValue());
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
