package nl.uitzicht.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Nederlands / English. */
class LanguageSelect extends Select<Locale> {

    LanguageSelect() {
        setId("language");
        setItems(UitzichtI18n.DUTCH, UitzichtI18n.ENGLISH);
        setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        addClassName("language-select");
        setValue(
                UitzichtI18n.ENGLISH.getLanguage().equals(getLocale().getLanguage())
                        ? UitzichtI18n.ENGLISH
                        : UitzichtI18n.DUTCH);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LanguagePreference.choose(e.getValue());
            }
        });
    }
}
