package nl.uitzicht.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vaadin's system messages in the person's language, never its English defaults. When the server ends a
 * session (access revoked, region suspended, session timed out), the open page does not show a "Session
 * expired" box: it reloads at once, which leads to the login page, and that page says why they were signed
 * out. A failure Vaadin itself cannot place (an answer it cannot read, "Invalid JSON response", a server
 * error outside any listener) says in Dutch (or English) that the action may not have been saved and to try
 * again; failures inside listeners are the {@code ActionErrorHandler}'s (docs/adr/0071). Cookies disabled:
 * says that Uitzicht needs them. While the server cannot be reached (a restart, a network cut, an outage
 * answered before Vaadin could), the browser's reconnect indicator says so in the person's language and that
 * the typed text stays on the screen, instead of Vaadin's English "Server connection lost" (issue 22).
 */
@Component
class SessionEndMessages implements VaadinServiceInitListener {

    private final I18NProvider texts;

    SessionEndMessages(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = languageOf(init.getUI().getSession().getLocale());
            ReconnectDialogConfiguration reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(texts.getTranslation("system.reconnecting", locale));
            reconnect.setDialogTextGaveUp(texts.getTranslation("system.offline", locale));
        });
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = languageOf(info.getLocale());
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

    private static Locale languageOf(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? UitzichtI18n.ENGLISH : UitzichtI18n.DUTCH;
    }
}
