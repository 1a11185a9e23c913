package nl.uitzicht.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The UI texts: Dutch first ({@code i18n/messages.properties}), English second. No fallback to
 * the JVM's locale: a missing English text shows the Dutch one, a missing key shows the key.
 */
@Component
public class UitzichtI18n implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(UitzichtI18n.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String text = bundle(locale).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing UI text '{}' for {}", key, locale);
            return key;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale effective = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("i18n.messages", effective, NO_FALLBACK);
    }
}
