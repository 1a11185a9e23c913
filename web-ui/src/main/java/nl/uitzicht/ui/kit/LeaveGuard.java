package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One per browser tab (UI): the {@link UnsavedChanges} of what is on screen, one question before leaving for another
 * screen while any of them has changes, and the browser's flag {@code window.uitzichtUnsaved} that makes it ask
 * before a reload or closing the tab. The layout stays across navigations (ADR 0100), so the question is the UI's,
 * not a view's.
 */
final class LeaveGuard implements Serializable {

    /**
     * Installed once per page load: the browser asks before unloading while the flag is set, and typing into a
     * watched text input sets it at once (the server lowers it again when the text turns out to be the saved one).
     */
    static final String INSTALL = """
            if (!window.uitzichtUnsavedGuard) {
              window.uitzichtUnsavedGuard = true;
              window.addEventListener('beforeunload', e => {
                if (window.uitzichtUnsaved) { e.preventDefault(); e.returnValue = ''; }
              });
              document.addEventListener('input', e => {
                if (e.composedPath().some(n => n.hasAttribute && n.hasAttribute('%s'))) {
                  window.uitzichtUnsaved = true;
                }
              }, true);
            }
            """.formatted(UnsavedChanges.WATCHED);

    private final UI ui;
    private final Set<UnsavedChanges> onScreen = new LinkedHashSet<>();
    private boolean flagged;
    private boolean syncQueued;
    private @Nullable ConfirmDialog question;

    private LeaveGuard(UI ui) {
        this.ui = ui;
    }

    static LeaveGuard of(UI ui) {
        LeaveGuard guard = ComponentUtil.getData(ui, LeaveGuard.class);
        if (guard == null) {
            guard = new LeaveGuard(ui);
            ComponentUtil.setData(ui, LeaveGuard.class, guard);
            ui.addBeforeLeaveListener(guard::beforeLeave);
            ui.getPage().executeJs(INSTALL);
        }
        return guard;
    }

    void add(UnsavedChanges changes) {
        onScreen.add(changes);
        sync(false);
    }

    void remove(UnsavedChanges changes) {
        onScreen.remove(changes);
        sync(false);
    }

    boolean hasChanges() {
        return onScreen.stream().anyMatch(UnsavedChanges::hasChanges);
    }

    /** Tells the browser whether to ask before unloading: when that changed, or always after typing. */
    void sync(boolean typed) {
        boolean unsaved = hasChanges();
        if (typed || unsaved != flagged) {
            flagged = unsaved;
            ui.getPage().executeJs(INSTALL + "window.uitzichtUnsaved = $0;", unsaved);
        }
    }

    /** As {@link #sync}, once at the end of this round trip, when the screen is drawn as it will be shown. */
    void syncLater() {
        if (!syncQueued) {
            syncQueued = true;
            ui.beforeClientResponse(ui, context -> {
                syncQueued = false;
                sync(false);
            });
        }
    }

    /** Leaving with unsaved changes waits for the person's answer; "Blijven" has the focus. */
    private void beforeLeave(BeforeLeaveEvent event) {
        List<UnsavedChanges> unsaved =
                onScreen.stream().filter(UnsavedChanges::hasChanges).toList();
        if (unsaved.isEmpty()) {
            return;
        }
        ContinueNavigationAction leave = event.postpone();
        if (question != null) {
            question.close(); // a second click elsewhere: the latest destination is the one asked about
        }
        question = Confirm.destructive(
                ui.getTranslation("kit.unsaved.title"),
                ui.getTranslation("kit.unsaved.leave.text"),
                ui.getTranslation("kit.unsaved.leave.confirm"),
                ui.getTranslation("kit.unsaved.stay"),
                () -> {
                    question = null;
                    unsaved.forEach(UnsavedChanges::discard);
                    leave.proceed();
                });
        question.setId(UnsavedChanges.LEAVE_CONFIRM_ID);
    }
}
