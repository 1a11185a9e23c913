package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.uitzicht.time.ClockConfiguration;

/** Dates for parents: written out in their language ("5 december 2026"), in the application's zone. */
final class Dates {

    private Dates() {}

    static String of(Component owner, LocalDate date) {
        Locale locale = owner.getUI()
                .or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Locale.of("nl"));
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static String of(Component owner, Instant instant) {
        return of(owner, instant.atZone(ClockConfiguration.ZONE).toLocalDate());
    }
}
