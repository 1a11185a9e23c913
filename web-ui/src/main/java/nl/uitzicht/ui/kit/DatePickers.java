package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the language the person chose: month and day names, date format, "today" and "cancel"
 * follow the UI's locale (Dutch: 31-12-2026; English: 31/12/2026); weeks start on Monday.
 */
public final class DatePickers {

    private DatePickers() {}

    /** A picker labelled with the translation of {@code labelKey}. */
    public static DatePicker of(Component owner, String labelKey) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setI18n(i18n(owner));
        return picker;
    }

    /** A picker with an id (for tests and links), labelled with the translation of {@code labelKey}. */
    public static DatePicker of(Component owner, String labelKey, String id) {
        DatePicker picker = of(owner, labelKey);
        picker.setId(id);
        return picker;
    }

    /** Applies the language's texts to a picker made elsewhere. */
    public static DatePicker localize(Component owner, DatePicker picker) {
        picker.setI18n(i18n(owner));
        return picker;
    }

    /** The texts and formats of the owner's language. */
    public static DatePicker.DatePickerI18n i18n(Component owner) {
        Locale locale = Numbers.locale(owner);
        boolean english = "en".equals(locale.getLanguage());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        if (english) {
            i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d-M-yyyy");
        } else {
            i18n.setDateFormats("dd-MM-yyyy", "d-M-yyyy", "d/M/yyyy");
        }
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                .toList());
        i18n.setWeekdays(week(TextStyle.FULL, locale));
        i18n.setWeekdaysShort(week(TextStyle.SHORT, locale));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(owner.getTranslation("kit.datePicker.today"));
        i18n.setCancel(owner.getTranslation("kit.datePicker.cancel"));
        return i18n;
    }

    /** Sunday first, as the DatePickerI18n API expects. */
    private static List<String> week(TextStyle style, Locale locale) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY))
                .map(d -> d.getDisplayName(style, locale))
                .toList();
    }
}
