package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;
import nl.uitzicht.notification.UserNotice;

/** Fired on the UI when a notice arrived, so an open view can refresh (already inside UI.access, region bound). */
class NoticeArrived extends ComponentEvent<UI> {

    private final UserNotice notice;

    NoticeArrived(UI ui, UserNotice notice) {
        super(ui, false);
        this.notice = notice;
    }

    UserNotice notice() {
        return notice;
    }
}
