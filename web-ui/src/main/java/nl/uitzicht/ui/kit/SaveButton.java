package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

/**
 * The one button that saves or submits (ADR 0072). The browser disables it the moment it is clicked
 * (Vaadin's disable-on-click), so a second click cannot be sent while the first is under way, and shows
 * "Bezig met opslaan…" with a spinner ({@code aria-busy}) until the answer arrives. The answer enables it
 * again, whether the save succeeded or failed: the action runs in a {@code try}, the button is released in
 * its {@code finally}. The action tells the outcome itself ({@link Notices}, {@link InputErrors}).
 */
public class SaveButton extends Button {

    static final String BUSY = "aria-busy";

    private final Span label = new Span();

    public SaveButton(String text, Runnable save) {
        addClassName("save-button");
        label.addClassName("save-idle");
        label.setText(text);
        Span busy = new Span(getTranslation("kit.saving"));
        busy.addClassName("save-busy");
        getElement().appendChild(label.getElement(), busy.getElement());
        // Button registers its disabling click listener in its constructor, so it runs before the action;
        // enabling it again sends "this.disabled = false" to the browser (DisableOnClickController)
        setDisableOnClick(true);
        addClickListener(e -> {
            try {
                save.run();
            } finally {
                answered();
            }
        });
        addAttachListener(e -> getElement()
                .executeJs(
                        "if (!this.__busyOnClick) {"
                                + " this.__busyOnClick = true;"
                                + " this.addEventListener('click', () => this.setAttribute($0, 'true'));"
                                + " }",
                        BUSY));
    }

    /** With an icon before the text (hidden, like the text, while the save is under way). */
    public SaveButton(String text, Component icon, Runnable save) {
        this(text, save);
        setIcon(icon);
    }

    /** The save was answered: the button can be clicked again and no longer says it is busy. */
    private void answered() {
        setEnabled(true);
        getElement().executeJs("this.removeAttribute($0)", BUSY);
    }

    @Override
    public String getText() {
        return label.getText();
    }

    @Override
    public void setText(String text) {
        label.setText(text);
    }
}
