package nl.uitzicht.ui.kit;

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

    public static Notification success(String text) {
        Notification n = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

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
