package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Notifications for the analysis screens. */
final class Messages {

    private Messages() {
    }

    static void error(Component owner, String key) {
        Notification n = Notification.show(owner.getTranslation(key), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void saved(Component owner, String key) {
        Notification n = Notification.show(owner.getTranslation(key), 2500, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static String percent(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.0f%%", value * 100);
    }

    static String decimal(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
