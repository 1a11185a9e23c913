package nl.uitzicht.api;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import nl.uitzicht.ui.UitzichtI18n;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** API error texts from the same bundles as the UI: Dutch, or English when the client asks for it. */
@Component
class ApiMessages {

    private final I18NProvider i18n;

    ApiMessages(I18NProvider i18n) {
        this.i18n = i18n;
    }

    String text(String key, Object... params) {
        Locale locale = UitzichtI18n.DUTCH;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            String accept = attrs.getRequest().getHeader("Accept-Language");
            if (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")) {
                locale = UitzichtI18n.ENGLISH;
            }
        }
        return i18n.getTranslation(key, locale, params);
    }
}
