package nl.uitzicht.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The UI texts: Dutch first, English second. Every feature keeps its own bundle under
 * {@code i18n/} ({@code i18n/opp.properties} Dutch, {@code i18n/opp_en.properties} English);
 * {@code i18n/messages.properties} holds the shell's. No fallback to the JVM's locale: a missing
 * English text shows the Dutch one, a missing key shows the key (and is logged).
 */
@Component
public class UitzichtI18n implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(UitzichtI18n.class);
    private static final Pattern LOCALIZED = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundleNames;

    public UitzichtI18n() {
        this.bundleNames = findBundles();
    }

    private static List<String> findBundles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Stream.of(files)
                    .map(Resource::getFilename)
                    .filter(name -> name != null && !LOCALIZED.matcher(name).matches())
                    .map(name -> "i18n." + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        for (String name : bundleNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, effective, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
            }
        }
        log.warn("Missing UI text '{}' for {}", key, locale);
        return key;
    }
}
