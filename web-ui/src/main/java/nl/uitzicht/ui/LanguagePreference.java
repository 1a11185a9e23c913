package nl.uitzicht.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dutch unless the person chose English; the choice is kept in a cookie so it survives the
 * login and the next visit, and the page's {@code <html lang>} follows it.
 */
@Component
class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "uitzicht-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(fromCookie(e.getRequest())));
        event.getSource()
                .addUIInitListener(
                        e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
        // <html lang> names the chosen language (screen readers pick their voice by it); Vaadin
        // would put its first provided locale there whatever the choice. A change reloads the page.
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", fromCookie(response.getVaadinRequest()).getLanguage()));
    }

    static Locale fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null
                && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()))) {
            return UitzichtI18n.ENGLISH;
        }
        return UitzichtI18n.DUTCH;
    }

    /** Switches the whole session and remembers the choice; the page reloads in the new language. */
    static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(locale);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        UI.getCurrent().getPage().reload();
    }
}
