package nl.uitzicht.ui.school;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.text.NumberFormat;
import java.util.List;
import nl.uitzicht.school.SchoolTypeCount;

/** Open schools and pupils per school type, with a total row in the footer. */
public class SchoolProfileGrid extends Grid<SchoolTypeCount> {

    public SchoolProfileGrid(List<SchoolTypeCount> profile) {
        super(SchoolTypeCount.class, false);
        setId("school-profile");
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        long schools = profile.stream().mapToLong(SchoolTypeCount::schools).sum();
        long pupils = profile.stream().mapToLong(SchoolTypeCount::pupils).sum();
        addColumn(c -> getTranslation("schooltype." + c.type().name()))
                .setHeader(getTranslation("profile.type"))
                .setFooter(getTranslation("profile.total"))
                .setFlexGrow(2);
        addColumn(c -> number.format(c.schools()))
                .setHeader(getTranslation("profile.schools"))
                .setFooter(number.format(schools))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        addColumn(c -> number.format(c.pupils()))
                .setHeader(getTranslation("profile.pupils"))
                .setFooter(number.format(pupils))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(profile);
    }
}
