package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;

/**
 * The dashboard's filter: whole school years only (1 August - 31 July: periods a day apart could be
 * subtracted into a group under 5, ADR 0051), and optionally one school, school type or sector.
 */
class DashboardFilterBar extends Div {

    /** How many school years back the period can go. */
    private static final int SCHOOL_YEARS = 6;

    private final Select<SchoolYear> schoolYear = new Select<>();
    /** A combo box that reads the schools when opened: a select would keep a component per school (issue 13). */
    private final ComboBox<SchoolSummary> school = new ComboBox<>();

    private final Select<Optional<SchoolType>> type = new Select<>();
    private final Select<Optional<Sector>> sector = new Select<>();
    private final DashboardTables tables;
    private final Clock clock;

    DashboardFilterBar(SchoolDirectory schools, DashboardTables tables, Clock clock, Runnable apply) {
        this.tables = tables;
        this.clock = clock;
        // Whole school years only (1 August - 31 July): periods a day apart could be subtracted into a
        // group under 5 (ADR 0051).
        LocalDate today = LocalDate.now(clock);
        schoolYear.setLabel(getTranslation("dashboard.filter.schoolYear"));
        schoolYear.setItems(SchoolYear.upTo(today, SCHOOL_YEARS));
        schoolYear.setItemLabelGenerator(y -> getTranslation("dashboard.filter.schoolYear.item", y.label()));
        schoolYear.setHelperText(getTranslation("dashboard.filter.schoolYear.help"));
        schoolYear.setValue(SchoolYear.of(today));
        schoolYear.setId("filter-school-year");
        schoolYear.setMinWidth("15em"); // "Schooljaar 2026-2027" in full

        school.setLabel(getTranslation("dashboard.filter.school"));
        school.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return schools.all().stream()
                    .filter(s -> s.name().toLowerCase(Locale.ROOT).contains(typed))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setPlaceholder(getTranslation("dashboard.filter.all"));
        school.setClearButtonVisible(true);
        school.setId("filter-school");
        List<Optional<SchoolType>> typeItems = new ArrayList<>();
        typeItems.add(Optional.empty());
        for (SchoolType t : SchoolType.values()) {
            typeItems.add(Optional.of(t));
        }
        type.setLabel(getTranslation("dashboard.filter.type"));
        type.setItems(typeItems);
        type.setItemLabelGenerator(o -> o.map(tables::typeName).orElse(getTranslation("dashboard.filter.all")));
        type.setValue(Optional.empty());
        List<Optional<Sector>> sectorItems = new ArrayList<>();
        sectorItems.add(Optional.empty());
        for (Sector s : Sector.values()) {
            sectorItems.add(Optional.of(s));
        }
        sector.setLabel(getTranslation("dashboard.filter.sector"));
        sector.setItems(sectorItems);
        sector.setItemLabelGenerator(o -> o.map(s -> getTranslation("dashboard.sector." + s.name()))
                .orElse(getTranslation("dashboard.filter.all")));
        sector.setValue(Optional.empty());
        Button applyButton = new Button(getTranslation("dashboard.filter.apply"), e -> apply.run());
        applyButton.setId("filter-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(schoolYear, school, type, sector, applyButton);
        addClassNames("card", "dashboard-filters");
    }

    /** The filter chosen (the current school year when none is). */
    DashboardFilter filter() {
        if (schoolYear.getValue() == null) {
            schoolYear.setValue(SchoolYear.of(LocalDate.now(clock)));
        }
        return new DashboardFilter(
                schoolYear.getValue(),
                school.getValue() == null ? null : school.getValue().id(),
                type.getValue().orElse(null),
                sector.getValue().orElse(null));
    }

    /** The filter in words, for the PDF. */
    String describe(DashboardFilter f) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d-M-yyyy");
        String schoolName = school.getValue() == null
                ? getTranslation("dashboard.filter.all")
                : school.getValue().name();
        String typeLabel = f.type() == null ? getTranslation("dashboard.filter.all") : tables.typeName(f.type());
        String sectorLabel = f.sector() == null
                ? getTranslation("dashboard.filter.all")
                : getTranslation("dashboard.sector." + f.sector().name());
        return getTranslation(
                "dashboard.pdf.filter",
                f.from().format(dates),
                f.to().format(dates),
                schoolName,
                typeLabel,
                sectorLabel);
    }
}
