package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way to tell someone how an action went: a short success at the bottom, a warning, or an error in
 * the middle that stays longer and is announced at once by screen readers (aria-live assertive). Texts are
 * translated by the caller ({@code getTranslation(key)}).
 */
public final class Notices {

    static final int SUCCESS_MILLIS = 3000;
    static final int WARNING_MILLIS = 6000;
    static final int ERROR_MILLIS = 8000;

    private Notices() {}

    /** A short success; it replaces the previous success of the same page, so quick saves do not pile up. */
    public static Notification success(String text) {
        UI ui = UI.getCurrent();
        LastSuccess last = ui == null ? null : ComponentUtil.getData(ui, LastSuccess.class);
        if (last != null && last.notice().isOpened()) {
            last.notice().close();
        }
        Notification n = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (ui != null) {
            ComponentUtil.setData(ui, LastSuccess.class, new LastSuccess(n));
        }
        return n;
    }

    /** The success notice a page shows now (kept on the UI only while the page lives). */
    private record LastSuccess(Notification notice) {}

    public static Notification warning(String text) {
        Notification n = Notification.show(text, WARNING_MILLIS, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        n.setAssertive(true);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setAssertive(true);
        return n;
    }
}
