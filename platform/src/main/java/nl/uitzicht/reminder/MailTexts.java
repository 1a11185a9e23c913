package nl.uitzicht.reminder;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the reminder and notice mails in one language ({@code reminder/mail.properties} Dutch,
 * {@code mail_en.properties} English). No fallback to the JVM's language: Dutch unless English is asked.
 */
final class MailTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private MailTexts(String language) {
        this.locale = ReminderSettings.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.of("nl", "NL");
        this.bundle = ResourceBundle.getBundle(
                "reminder.mail", ReminderSettings.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    static MailTexts in(String language) {
        return new MailTexts(language);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }
}
