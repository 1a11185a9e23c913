package nl.uitzicht.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When the server ends a session (access revoked, region suspended, session timed out), the open
 * page does not show Vaadin's English "Session expired" box: it reloads at once, which leads to the
 * login page, and that page says in the person's language why they were signed out.
 */
@Component
class SessionEndMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }
}
