package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question before something that cannot be undone (end a region, deactivate a person, remove a
 * stakeholder): a header, the consequence, a red confirm button named after the action, and cancel.
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
        confirm.setCancelable(true);
        confirm.setCancelText(cancelText);
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onConfirm.run());
        confirm.open();
        return confirm;
    }
}
