package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question before something that cannot be undone (end a region, deactivate a person, remove a
 * stakeholder): a header, the consequence, a red confirm button named after the action, and
 * cancel, which has the focus.
 * Texts are translated by the caller.
 */
public final class Confirm {

    private Confirm() {}

    /** Opens the dialog; {@code onConfirm} runs only when the person confirms. */
    public static ConfirmDialog destructive(
            String header, String text, String confirmText, String cancelText, Runnable onConfirm) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        // The safe answer has the focus: Enter (or a stray key) keeps things as they are.
        Button cancel = new Button(cancelText, e -> confirm.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        confirm.setCancelable(true);
        confirm.setCancelButton(cancel);
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onConfirm.run());
        confirm.open();
        // The web component focuses its confirm button once the overlay has opened; move it back.
        confirm.getElement()
                .executeJs(
                        "const cancel = $0; const focus = () => requestAnimationFrame(() => cancel.focus());"
                                + " this.addEventListener('vaadin-overlay-open', focus, true);"
                                + " if (this.opened) { setTimeout(focus, 0); }",
                        cancel);
        return confirm;
    }
}
