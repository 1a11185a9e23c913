package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Euros and hours in the reader's language ("€ 1.234,50" and "12,5" in Dutch, "€1,234.50" and "12.5" in English);
 * "–" for none. Euros whatever the language: an English reader never sees dollars or pounds.
 */
public final class Money {

    private Money() {}

    public static String euros(Component owner, @Nullable BigDecimal amount) {
        return euros(Numbers.locale(owner), amount);
    }

    public static String euros(Locale reader, @Nullable BigDecimal amount) {
        if (amount == null) {
            return Numbers.NONE;
        }
        NumberFormat format =
                NumberFormat.getCurrencyInstance(english(reader) ? Locale.of("en", "IE") : Locale.of("nl", "NL"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    public static String hours(Component owner, @Nullable BigDecimal hours) {
        return hours(Numbers.locale(owner), hours);
    }

    public static String hours(Locale reader, @Nullable BigDecimal hours) {
        if (hours == null) {
            return Numbers.NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbers(reader));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** A figure as it is typed in the reader's language, without grouping ("12500,5"); "" for none. */
    public static String plain(Component owner, @Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbers(Numbers.locale(owner)));
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * What was typed as a number in the reader's language ("12.500,50" or "12500,5" in Dutch), a euro sign and
     * spaces left out; null when blank or not wholly a number.
     */
    public static @Nullable BigDecimal parse(Component owner, @Nullable String typed) {
        String text =
                typed == null ? "" : typed.replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            return null;
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(numbers(Numbers.locale(owner)));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object number = format.parse(text, position);
        return position.getIndex() == text.length() && number instanceof BigDecimal d ? d : null;
    }

    private static boolean english(Locale reader) {
        return "en".equals(reader.getLanguage());
    }

    private static Locale numbers(Locale reader) {
        return english(reader) ? Locale.ENGLISH : Locale.of("nl", "NL");
    }
}
