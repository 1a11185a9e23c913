package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import nl.uitzicht.pupil.InvalidInput;

/** Small helpers shared by the OPP forms: Dutch date pickers and showing a rule's message at its field. */
final class Forms {

    private Forms() {
    }

    static DatePicker datePicker(Component owner, String labelKey, String id) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setId(id);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd-MM-yyyy", "d-M-yyyy");
        i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"));
        i18n.setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(owner.getTranslation("opp.today"));
        i18n.setCancel(owner.getTranslation("opp.cancel"));
        picker.setI18n(i18n);
        return picker;
    }

    /** Shows the rule's message at its field if the form has it, else as a notification. */
    static void show(Component owner, InvalidInput e, Map<String, ? extends HasValidation> fields) {
        String message = owner.getTranslation(e.getMessage());
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error(owner, message);
        }
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static void error(Component owner, String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void saved(Component owner) {
        Notification n = Notification.show(owner.getTranslation("opp.saved"), 2000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
