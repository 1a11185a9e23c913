package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Nothing typed is thrown away without a word (issue 22, ADR 0108). A page, a part of a page or a dialog watches its
 * input fields here; a field is <em>unsaved</em> when the person changed it in the browser and its value differs from
 * the one the screen last set (a value set by the screen, such as the saved text after a save, counts as saved). The
 * form's own success path calls {@link #saved()}. While anything on screen is unsaved:
 * <ul>
 *   <li>leaving for another screen (the menu, a link, the browser's back button) waits and asks with {@link Confirm}:
 *       "Blijven" (focused) or "Weggaan" ({@link LeaveGuard}, one question for everything in the browser tab);
 *   <li>reloading or closing the tab makes the browser ask ({@code beforeunload}, {@code window.uitzichtUnsaved});
 *   <li>a dialog made with {@link #of(Dialog)} asks before Escape, a click outside it or its cancel button
 *       ({@link #cancel()}) close it; its successful save closes it with {@code Dialog.close()} without a question.
 * </ul>
 * A field counts while it is on screen: a form drawn anew (after a save, at a page's next entry) drops the old fields.
 * Containers shown again later, such as a tab's content, are named with {@link #countWhileHidden}.
 * <p>
 * Holds the fields, a fingerprint of the value the screen set and a flag per field, never the texts (issue 13).
 */
public final class UnsavedChanges implements Serializable {

    /** The id of the question before leaving a screen. */
    public static final String LEAVE_CONFIRM_ID = "unsaved-leave-confirm";

    /** The id of the question before closing a dialog. */
    public static final String CLOSE_CONFIRM_ID = "unsaved-close-confirm";

    /** The browser tells the server about typing at its first key and once it pauses this long. */
    static final int TYPING_PAUSE_MS = 1000;

    /** Marks a text input whose typing raises the browser's flag at once, before the server hears of it. */
    static final String WATCHED = "data-uitzicht-watched";

    private static final String VALUE = "element.value";

    private final Component owner;
    private final @Nullable Dialog dialog;
    private final Map<Component, Watched> fields = new IdentityHashMap<>();
    private final Set<Object> marks = new HashSet<>();
    private final List<Component> hiddenButKept = new ArrayList<>();
    private final List<SerializableRunnable> discardListeners = new ArrayList<>();

    /** For a page or a part of one: asks while {@code owner} is on screen. */
    public UnsavedChanges(Component owner) {
        this(owner, null);
    }

    private UnsavedChanges(Component owner, @Nullable Dialog dialog) {
        this.owner = owner;
        this.dialog = dialog;
        owner.addAttachListener(e -> LeaveGuard.of(e.getUI()).add(this));
        owner.addDetachListener(e -> LeaveGuard.of(e.getUI()).remove(this));
        owner.getUI().ifPresent(ui -> LeaveGuard.of(ui).add(this));
    }

    /**
     * For a dialog: Escape and a click outside it ask first while something is unsaved, as does {@link #cancel()}
     * (for its cancel button). Its save closes it with {@code dialog.close()}, which does not ask.
     */
    public static UnsavedChanges of(Dialog dialog) {
        UnsavedChanges changes = new UnsavedChanges(dialog, dialog);
        dialog.addDialogCloseActionListener(e -> changes.cancel());
        return changes;
    }

    /** Watches these inputs; their present values are what the screen set. Watching a field again resets it. */
    public void watch(HasValue<?, ?>... inputs) {
        watch(List.of(inputs));
    }

    /** As {@link #watch(HasValue[])}. */
    public void watch(Collection<? extends HasValue<?, ?>> inputs) {
        prune();
        for (HasValue<?, ?> input : inputs) {
            Component field = component(input);
            Watched watched = fields.get(field);
            if (watched == null) {
                watched = new Watched();
                fields.put(field, watched);
                listen(field, input, watched);
            }
            watched.set = fingerprint(input.getValue());
            watched.unsaved = false;
            watched.seen |= field.isAttached();
        }
        changed(false);
    }

    private void listen(Component field, HasValue<?, ?> input, Watched watched) {
        watched.registrations.add(input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(watched, e.getValue());
            } else {
                watched.set = fingerprint(e.getValue());
                update(watched, false);
            }
        }));
        watched.registrations.add(field.addAttachListener(e -> watched.seen = true));
        // a field drawn away (a form drawn anew) no longer counts: the browser's flag is checked once answered
        watched.registrations.add(
                field.addDetachListener(e -> LeaveGuard.of(e.getUI()).syncLater()));
        if (input instanceof HasValueChangeMode modes
                && "".equals(input.getEmptyValue())
                && (modes.getValueChangeMode() == ValueChangeMode.ON_CHANGE
                        || modes.getValueChangeMode() == ValueChangeMode.ON_BLUR)) {
            // The field sends its value on blur only; Escape in a dialog or the back button come without one.
            // The typing itself is told (at the first key, then after each pause), without changing the field.
            watched.registrations.add(field.getElement()
                    .addEventListener(
                            "input", e -> typed(watched, text(e.getEventData().get(VALUE))))
                    .addEventData(VALUE)
                    .debounce(TYPING_PAUSE_MS, DebouncePhase.LEADING, DebouncePhase.TRAILING));
            field.getElement().setAttribute(WATCHED, true);
            watched.registrations.add(() -> field.getElement().removeAttribute(WATCHED));
        }
    }

    private static String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }

    private void typed(Watched watched, @Nullable Object value) {
        watched.unsaved = fingerprint(value) != watched.set;
        // always told: the browser raised its flag itself at the key press, and may need it lowered again
        changed(true);
    }

    private void update(Watched watched, boolean unsaved) {
        if (watched.unsaved != unsaved) {
            watched.unsaved = unsaved;
            changed(false);
        }
    }

    /** The form was saved: the present values of every watched field are what the screen holds. */
    public void saved() {
        fields.forEach((field, watched) -> {
            watched.set = fingerprint(((HasValue<?, ?>) field).getValue());
            watched.unsaved = false;
        });
        prune();
        changed(false);
    }

    /** These fields were saved; others keep what was typed. */
    public void saved(HasValue<?, ?>... inputs) {
        for (HasValue<?, ?> input : inputs) {
            Watched watched = fields.get(component(input));
            if (watched != null) {
                watched.set = fingerprint(input.getValue());
                watched.unsaved = false;
            }
        }
        changed(false);
    }

    /**
     * For screens that know themselves what is unsaved (the OPP editor's drafts): {@code key} is unsaved or not. A
     * mark counts while the owner is on screen, until it is lifted or the person leaves anyway.
     */
    public void mark(Object key, boolean unsaved) {
        boolean changed = unsaved ? marks.add(key) : marks.remove(key);
        if (changed) {
            changed(false);
        }
    }

    /** Runs when the person chose to leave or close without saving, after this forgot what was unsaved. */
    public void onDiscard(SerializableRunnable listener) {
        discardListeners.add(listener);
    }

    /**
     * Fields inside {@code container} still count while it is off screen: a tab's content that the tab sheet takes
     * off screen while another tab is shown, and shows again as it was.
     */
    public void countWhileHidden(Component container) {
        hiddenButKept.add(container);
    }

    /** Whether something on screen (or kept off screen) was changed and not saved. */
    public boolean hasChanges() {
        if (!marks.isEmpty()) {
            return true;
        }
        for (Map.Entry<Component, Watched> entry : fields.entrySet()) {
            if (entry.getValue().unsaved && shown(entry.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a dialog's cancel button (and Escape, a click outside): closes the dialog, after asking when something
     * typed is not saved. Staying keeps the dialog and its text as they are.
     */
    public void cancel() {
        Dialog closing = Objects.requireNonNull(dialog, "cancel() is for dialogs: UnsavedChanges.of(dialog)");
        if (!hasChanges()) {
            closing.close();
            return;
        }
        ConfirmDialog question = Confirm.destructive(
                closing.getTranslation("kit.unsaved.title"),
                closing.getTranslation("kit.unsaved.close.text"),
                closing.getTranslation("kit.unsaved.close.confirm"),
                closing.getTranslation("kit.unsaved.stay"),
                () -> {
                    discard();
                    closing.close();
                });
        question.setId(CLOSE_CONFIRM_ID);
    }

    /**
     * Nothing counts as unsaved any more: the person chose to leave or close without saving, or the screen throws the
     * text away itself (the person discarded what it was for, or it can no longer be saved).
     */
    public void discard() {
        fields.values().forEach(w -> w.unsaved = false);
        marks.clear();
        discardListeners.forEach(SerializableRunnable::run);
        changed(false);
    }

    private void changed(boolean typed) {
        owner.getUI().ifPresent(ui -> LeaveGuard.of(ui).sync(typed));
    }

    /** Forgets fields that were on screen and are gone (a form drawn anew), with their listeners. */
    private void prune() {
        fields.entrySet().removeIf(entry -> {
            if (entry.getValue().seen && !shown(entry.getKey())) {
                entry.getValue().registrations.forEach(Registration::remove);
                return true;
            }
            return false;
        });
    }

    private boolean shown(Component field) {
        if (field.isAttached()) {
            return true;
        }
        if (hiddenButKept.isEmpty()) {
            return false;
        }
        Component top = field;
        while (top.getParent().isPresent()) {
            top = top.getParent().get();
        }
        for (Component kept : hiddenButKept) {
            if (kept == top) {
                return true;
            }
        }
        return false;
    }

    private static Component component(HasValue<?, ?> input) {
        if (input instanceof Component field) {
            return field;
        }
        throw new IllegalArgumentException("Not a field on screen: " + input);
    }

    /** A 64-bit fingerprint of a value: texts by FNV-1a over their characters, other values by their hash. */
    static long fingerprint(@Nullable Object value) {
        if (value instanceof CharSequence text) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
            return hash;
        }
        return value == null ? fingerprint("") : Objects.hashCode(value);
    }

    /** What is known of one watched field. */
    private static final class Watched implements Serializable {
        long set;
        boolean unsaved;
        boolean seen;
        final List<Registration> registrations = new ArrayList<>();
    }
}
