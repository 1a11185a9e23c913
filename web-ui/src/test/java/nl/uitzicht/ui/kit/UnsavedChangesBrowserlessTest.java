package nl.uitzicht.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.uitzicht.AppTest;
import nl.uitzicht.ui.UitzichtI18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one guard against losing typed text (ADR 0108), on a dialog and a part of a page of its own: a field counts
 * when the person changed it and it differs from what the screen set; Escape, a click outside and cancel ask first,
 * staying keeps the text, a save closes without a question, and the browser is told to ask before unloading.
 */
@AppTest
@Tag("browserless")
class UnsavedChangesBrowserlessTest extends SpringBrowserlessTest {

    static final String SAVED = "Wat er al stond.";

    Dialog dialog;
    TextArea text;
    UnsavedChanges changes;

    @BeforeEach
    void aDialogWithSavedText() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
        dialog = new Dialog();
        text = new TextArea("Tekst");
        text.setValue(SAVED);
        dialog.add(text);
        changes = UnsavedChanges.of(dialog);
        changes.watch(text);
        dialog.open();
        roundTrip(); // the opened dialog is attached before the answer goes out
    }

    /** Escape or a click outside the dialog, as the browser reports it. */
    private void escape() {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }

    private boolean asked() {
        return find(ConfirmDialog.class).withId(UnsavedChanges.CLOSE_CONFIRM_ID).exists();
    }

    @Test
    void nothingTypedClosesWithoutAQuestion() {
        escape();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(asked()).isFalse();
    }

    @Test
    void typedTextAsksBeforeEscapeAndCancelAndStayingKeepsIt() {
        test(text).setValue("Nieuwe tekst");
        escape();
        assertThat(dialog.isOpened()).as("Escape with typed text asks first").isTrue();
        ConfirmDialog question = find(ConfirmDialog.class).id(UnsavedChanges.CLOSE_CONFIRM_ID);
        assertThat(question.getElement().getProperty("message"))
                .isEqualTo("Je hebt wijzigingen die nog niet zijn opgeslagen. Toch sluiten?");
        test(question).cancel();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text.getValue()).isEqualTo("Nieuwe tekst");

        changes.cancel(); // the dialog's cancel button
        assertThat(dialog.isOpened()).isTrue();
        test(find(ConfirmDialog.class).id(UnsavedChanges.CLOSE_CONFIRM_ID)).confirm();
        assertThat(dialog.isOpened()).as("closed without saving, as chosen").isFalse();
    }

    @Test
    void aSaveClosesWithoutAQuestion() {
        test(text).setValue("Nieuwe tekst");
        changes.saved(); // the form's success path ...
        dialog.close(); // ... closes the dialog itself
        assertThat(dialog.isOpened()).isFalse();
        assertThat(asked()).isFalse();
    }

    @Test
    void textTypedBackOrSetByTheScreenIsNoChange() {
        test(text).setValue("Even iets anders");
        test(text).setValue(SAVED);
        assertThat(changes.hasChanges()).as("typed back to what the screen set").isFalse();
        text.setValue("Voorstel van het scherm");
        assertThat(changes.hasChanges()).as("a value the screen set").isFalse();
        test(text).setValue("Voorstel van het scherm, aangevuld");
        assertThat(changes.hasChanges()).isTrue();
        changes.saved();
        assertThat(changes.hasChanges()).as("saved").isFalse();
        escape();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void otherInputsCountAsWell() {
        Select<String> choice = new Select<>();
        choice.setItems("een", "twee");
        choice.setValue("een");
        dialog.add(choice);
        changes.watch(choice);
        test(choice).selectItem("twee");
        assertThat(changes.hasChanges()).isTrue();
        escape();
        assertThat(asked()).isTrue();
    }

    @Test
    void theBrowserIsToldToAskBeforeUnloadingWhileSomethingIsUnsaved() {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        test(text).setValue("Nieuwe tekst");
        assertThat(unloadFlag()).isEqualTo("true");
        changes.saved();
        assertThat(unloadFlag()).isEqualTo("false");
    }

    /** The last value the server gave {@code window.uitzichtUnsaved} in this round trip. */
    private String unloadFlag() {
        List<PendingJavaScriptInvocation> sent = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        return sent.stream()
                .filter(js -> js.getInvocation().getExpression().contains("window.uitzichtUnsaved = $0"))
                .reduce((first, second) -> second)
                .map(js -> String.valueOf(js.getInvocation().getParameters().get(0)))
                .orElse("not told");
    }

    @Test
    void aFieldDrawnAwayNoLongerCountsUnlessItsContainerIsKeptOffScreen() {
        dialog.close();
        Div page = new Div();
        Div pane = new Div();
        TextField field = new TextField();
        pane.add(field);
        page.add(pane);
        UI.getCurrent().add(page);
        UnsavedChanges onPage = new UnsavedChanges(page);
        onPage.watch(field);
        test(field).setValue("Getypt");
        assertThat(onPage.hasChanges()).isTrue();

        page.remove(pane); // drawn anew: the old field is gone with its text
        assertThat(onPage.hasChanges()).isFalse();

        onPage.countWhileHidden(pane); // a tab's content, shown again as it was
        assertThat(onPage.hasChanges()).isTrue();
        page.add(pane);
        onPage.saved();
        assertThat(onPage.hasChanges()).isFalse();
    }

    @Test
    void aFingerprintTellsTextsWithEqualHashCodesApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(UnsavedChanges.fingerprint("Aa")).isNotEqualTo(UnsavedChanges.fingerprint("BB"));
        assertThat(UnsavedChanges.fingerprint(null)).isEqualTo(UnsavedChanges.fingerprint(""));
    }
}
