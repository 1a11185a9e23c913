package nl.uitzicht.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's system messages in the person's language, never its English defaults. When the server ends a
 * session (access revoked, region suspended, session timed out), the open page does not show a "Session
 * expired" box: it reloads at once, which leads to the login page, and that page says why they were signed
 * out. A failure Vaadin itself cannot place (an answer it cannot read, "Invalid JSON response", a server
 * error outside any listener) says in Dutch (or English) that the action may not have been saved and to try
 * again; failures inside listeners are the {@code ActionErrorHandler}'s (docs/adr/0071). Cookies disabled:
 * says that Uitzicht needs them.
 */
@Component
class SessionEndMessages implements VaadinServiceInitListener {

    private final I18NProvider texts;

    SessionEndMessages(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale =
                    info.getLocale() != null && "en".equals(info.getLocale().getLanguage())
                            ? UitzichtI18n.ENGLISH
                            : UitzichtI18n.DUTCH;
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredCaption(texts.getTranslation("system.sessionExpired.caption", locale));
            messages.setSessionExpiredMessage(texts.getTranslation("system.sessionExpired.message", locale));
            messages.setInternalErrorNotificationEnabled(true);
            messages.setInternalErrorCaption(texts.getTranslation("system.internalError.caption", locale));
            messages.setInternalErrorMessage(texts.getTranslation("system.internalError.message", locale));
            messages.setCookiesDisabledNotificationEnabled(true);
            messages.setCookiesDisabledCaption(texts.getTranslation("system.cookiesDisabled.caption", locale));
            messages.setCookiesDisabledMessage(texts.getTranslation("system.cookiesDisabled.message", locale));
            return messages;
        });
    }
}
