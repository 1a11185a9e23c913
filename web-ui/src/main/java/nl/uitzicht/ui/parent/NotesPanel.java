package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.uitzicht.opp.NotEditableException;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentCopy;
import nl.uitzicht.opp.ParentNote;
import nl.uitzicht.opp.ParentNoteKind;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/** The parent's view and questions for the next conversation: what they wrote, and a field for more. */
class NotesPanel extends Div {

    NotesPanel(ParentAnswers answers, ParentScope scope, ParentCopy copy, Runnable saved) {
        addClassNames("card", "parent-section");
        setId("parent-notes");
        add(new com.vaadin.flow.component.html.H2(getTranslation("parent.notes.title")));
        add(new Paragraph(getTranslation("parent.notes.intro")));
        RadioButtonGroup<ParentNoteKind> kind = new RadioButtonGroup<>(getTranslation("parent.notes.kind"));
        kind.setItems(ParentNoteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("parent.notes.kind." + k));
        kind.setValue(ParentNoteKind.QUESTION);
        kind.setId("parent-note-kind");
        TextArea text = new TextArea(getTranslation("parent.notes.text"));
        text.setId("parent-note-text");
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setHelperText(getTranslation("parent.notes.helper"));
        Button send = new Button(getTranslation("parent.notes.send"), e -> {
            try {
                answers.addNote(scope, copy.oppId(), kind.getValue(), text.getValue());
                Notices.success(getTranslation("parent.notes.sent"));
                saved.run();
            } catch (InvalidInput problem) {
                InputErrors.show(this, problem, Map.of("note", text));
            } catch (NotEditableException closed) {
                Notices.error(getTranslation("parent.notes.closed"));
            }
        });
        send.setId("parent-note-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(kind, text, send);
        // a note typed and not sent: leaving asks first (ADR 0108)
        new UnsavedChanges(this).watch(text);
        if (!copy.myNotes().isEmpty()) {
            add(new H3(getTranslation("parent.notes.mine")));
            for (ParentNote note : copy.myNotes()) {
                Paragraph p = new Paragraph(getTranslation("parent.notes.kind." + note.kind()) + " ("
                        + Dates.of(this, note.writtenAt()) + "): " + note.body());
                p.addClassName("parent-note");
                add(p);
            }
        }
    }
}
