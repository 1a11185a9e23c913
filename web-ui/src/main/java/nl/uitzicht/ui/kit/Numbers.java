package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers in the chosen language: 0,812 and 81% in Dutch, 0.812 and 81% in English; "–" for no value. */
public final class Numbers {

    static final String NONE = "–";

    private Numbers() {}

    /** A fraction (0.81) as a whole percentage. */
    public static String percent(Component owner, @Nullable Double fraction) {
        if (fraction == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale(owner));
        format.setMaximumFractionDigits(0);
        return format.format(fraction);
    }

    /** A number with exactly {@code digits} decimals. */
    public static String decimal(Component owner, @Nullable Double value, int digits) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(owner));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** The owner's UI locale, else the current UI's, else Dutch. */
    static Locale locale(Component owner) {
        return owner.getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? Locale.of("nl", "NL")
                        : UI.getCurrent().getLocale());
    }
}
