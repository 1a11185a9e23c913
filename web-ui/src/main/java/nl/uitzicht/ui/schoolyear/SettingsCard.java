package nl.uitzicht.ui.schoolyear;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Map;
import java.util.stream.IntStream;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.schoolyear.RetentionTerm;
import nl.uitzicht.schoolyear.SchoolYearRules;
import nl.uitzicht.schoolyear.SchoolYearSetup;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The rollover day and the retention term, saved with the version the screen saw. */
class SettingsCard extends VerticalLayout {

    private final SchoolYearSetup setup;
    private final Actor actor;
    private final Select<Integer> month = new Select<>();
    private final IntegerField day = new IntegerField();
    private final Select<Integer> years = new Select<>();
    private long version;

    SettingsCard(SchoolYearSetup setup, Actor actor) {
        this.setup = setup;
        this.actor = actor;
        addClassNames("card", "admin-card");
        setId("schoolyear-settings");
        month.setLabel(getTranslation("schoolyear.settings.month"));
        month.setId("rollover-month");
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> Month.of(m).getDisplayName(TextStyle.FULL, getLocale()));
        day.setLabel(getTranslation("schoolyear.settings.day"));
        day.setId("rollover-day");
        // No min/max on the field: the service says in Dutch what is wrong, and the typed day stays.
        day.setHelperText(getTranslation("schoolyear.settings.dayHelp"));
        years.setLabel(getTranslation("schoolyear.settings.years"));
        years.setId("retention-years");
        years.setItems(IntStream.rangeClosed(RetentionTerm.MINIMUM_YEARS, RetentionTerm.MAXIMUM_YEARS)
                .boxed()
                .toList());
        years.setItemLabelGenerator(y -> getTranslation("schoolyear.settings.yearsItem", y));
        years.setHelperText(getTranslation("schoolyear.settings.yearsHelp"));
        SaveButton save = new SaveButton(getTranslation("schoolyear.settings.save"), this::save);
        save.setId("schoolyear-save");
        HorizontalLayout fields = new HorizontalLayout(month, day, years);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(
                new H2(getTranslation("schoolyear.settings.title")),
                new Paragraph(getTranslation("schoolyear.settings.intro")),
                fields,
                save);
        show(setup.rules());
    }

    private void show(SchoolYearRules rules) {
        month.setValue(rules.rolloverOn().getMonthValue());
        day.setValue(rules.rolloverOn().getDayOfMonth());
        years.setValue(rules.retention().years());
        version = rules.version();
    }

    private void save() {
        try {
            SchoolYearRules saved = setup.update(actor, version, month.getValue(), day.getValue(), years.getValue());
            InputErrors.clear(fields());
            version = saved.version();
            Notices.success(getTranslation("schoolyear.settings.saved"));
        } catch (InvalidInput e) {
            InputErrors.show(this, e, fields());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notices.error(getTranslation("schoolyear.settings.conflict"));
        }
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("rolloverDay", day, "retentionYears", years);
    }
}
