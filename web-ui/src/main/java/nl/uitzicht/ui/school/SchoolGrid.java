package nl.uitzicht.ui.school;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.text.NumberFormat;
import java.util.List;
import nl.uitzicht.school.SchoolSummary;

/** The schools of a region as a table; narrow screens keep name and type. */
public class SchoolGrid extends Grid<SchoolSummary> {

    public SchoolGrid(List<SchoolSummary> schools) {
        super(SchoolSummary.class, false);
        setId("schools");
        addColumn(SchoolSummary::code)
                .setHeader(getTranslation("schools.brin"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(SchoolSummary::name)
                .setHeader(getTranslation("schools.name"))
                .setFlexGrow(2)
                .setSortable(true);
        addColumn(s -> getTranslation("schooltype." + s.type().name()))
                .setHeader(getTranslation("schools.type"))
                .setFlexGrow(1)
                .setSortable(true);
        addColumn(s -> s.municipality() == null ? "" : s.municipality())
                .setHeader(getTranslation("schools.municipality"))
                .setFlexGrow(1)
                .setSortable(true);
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        addColumn(s -> number.format(s.pupilCount()))
                .setHeader(getTranslation("schools.pupils"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(schools);
    }
}
