package nl.uitzicht.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import nl.uitzicht.AppTest;
import nl.uitzicht.ui.UitzichtI18n;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Date pickers and numbers speak the language the person chose: month and day names, formats, buttons. */
@AppTest
@Tag("browserless")
class LanguageKitBrowserlessTest extends SpringBrowserlessTest {

    private DatePicker pickerIn(java.util.Locale locale) {
        UI.getCurrent().setLocale(locale);
        Div owner = new Div();
        UI.getCurrent().add(owner);
        return DatePickers.of(owner, "kit.datePicker.today", "test-date");
    }

    @Test
    void inDutchTheMonthsDaysAndFormatAreDutch() {
        DatePicker.DatePickerI18n i18n = pickerIn(UitzichtI18n.DUTCH).getI18n();

        assertThat(i18n.getMonthNames())
                .hasSize(12)
                .startsWith("januari")
                .contains("maart")
                .endsWith("december");
        assertThat(i18n.getWeekdays()).startsWith("zondag", "maandag");
        assertThat(i18n.getWeekdaysShort()).startsWith("zo", "ma");
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd-MM-yyyy");
        assertThat(i18n.getToday()).isEqualTo("Vandaag");
        assertThat(i18n.getCancel()).isEqualTo("Annuleren");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void inEnglishTheMonthsDaysAndFormatAreEnglish() {
        DatePicker picker = pickerIn(UitzichtI18n.ENGLISH);
        DatePicker.DatePickerI18n i18n = picker.getI18n();

        assertThat(i18n.getMonthNames())
                .hasSize(12)
                .startsWith("January")
                .contains("March")
                .endsWith("December");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
        assertThat(picker.getLabel()).isEqualTo("Today");
        assertThat(picker.getId()).hasValue("test-date");
    }

    @Test
    void numbersFollowTheLanguage() {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
        assertThat(Numbers.decimal(owner, 0.8126, 3)).isEqualTo("0,813");
        assertThat(Numbers.percent(owner, 0.81)).isEqualTo("81%");
        assertThat(Numbers.percent(owner, null)).isEqualTo("–");

        UI.getCurrent().setLocale(UitzichtI18n.ENGLISH);
        assertThat(Numbers.decimal(owner, 0.8126, 3)).isEqualTo("0.813");
        assertThat(Numbers.decimal(owner, 1234.5, 1)).isEqualTo("1,234.5");
    }
}
