package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.uitzicht.programme.MeetingDraft;
import nl.uitzicht.programme.MeetingKind;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.jspecify.annotations.Nullable;

/** Add or edit a meeting of the region's programme calendar. */
class MeetingDialog extends Dialog {

    MeetingDialog(@Nullable MeetingDraft existing, Consumer<MeetingDraft> save, Runnable done) {
        setHeaderTitle(getTranslation(existing == null ? "programme.admin.add" : "programme.admin.edit"));
        setWidth("min(680px, 95vw)");
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.kind." + k.name()));
        TextField title = new TextField(getTranslation("programme.meeting.title"));
        title.setMaxLength(120);
        TextField schoolYear = new TextField(getTranslation("programme.meeting.schoolYear"));
        schoolYear.setMaxLength(20);
        TextField period = new TextField(getTranslation("programme.meeting.period"));
        period.setMaxLength(40);
        TextField hours = new TextField(getTranslation("programme.meeting.hours"));
        hours.setMaxLength(20);
        DatePicker heldOn = DatePickers.of(this, "programme.meeting.date");
        TextArea topics = new TextArea(getTranslation("programme.meeting.topics"));
        topics.setHelperText(getTranslation("programme.meeting.topics.help"));
        topics.setMaxLength(2000);
        if (existing != null) {
            kind.setValue(existing.kind());
            title.setValue(orEmpty(existing.title()));
            schoolYear.setValue(orEmpty(existing.schoolYear()));
            period.setValue(orEmpty(existing.period()));
            hours.setValue(orEmpty(existing.hours()));
            heldOn.setValue(existing.heldOn());
            topics.setValue(orEmpty(existing.topics()));
        } else {
            kind.setValue(MeetingKind.ONLINE_PRACTICE);
        }
        FormLayout form = new FormLayout(kind, title, schoolYear, period, hours, heldOn, topics);
        form.setColspan(title, 2);
        form.setColspan(topics, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        // Escape, a click outside or Annuleren with typed text ask first (ADR 0108)
        UnsavedChanges changes = UnsavedChanges.of(this);
        changes.watch(kind, title, schoolYear, period, hours, heldOn, topics);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("schoolYear", schoolYear);
        fields.put("period", period);
        fields.put("hours", hours);
        fields.put("topics", topics);
        Button saveButton = new SaveButton(getTranslation("trainer.save"), () -> {
            MeetingDraft draft = new MeetingDraft(
                    kind.getValue(),
                    title.getValue(),
                    topics.getValue(),
                    schoolYear.getValue(),
                    period.getValue(),
                    hours.getValue(),
                    heldOn.getValue());
            if (Feedback.attempt(this, fields, () -> save.accept(draft))) {
                close();
                done.run();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("trainer.cancel"), e -> changes.cancel()), saveButton);
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
