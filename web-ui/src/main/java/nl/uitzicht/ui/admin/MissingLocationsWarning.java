package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.uitzicht.duoimport.MissingLocation;

/**
 * The warning of a DUO import preview about the region's vestigingen that no locations file holds; many
 * of them (or half the list) suggest the wrong locations file, and then the list starts folded.
 */
class MissingLocationsWarning extends Div {

    /** Missing locations above this many (or half the list) suggest the wrong locations file. */
    private static final int MANY_MISSING = 10;

    /** {@code listed}: how many locations the SWV list names in all. */
    MissingLocationsWarning(List<MissingLocation> missing, int listed) {
        setId("duo-missing");
        addClassName("duo-warning");
        boolean many = missing.size() > MANY_MISSING || missing.size() * 2 >= listed;
        Paragraph summary =
                new Paragraph(getTranslation(many ? "admin.duo.missing.many" : "admin.duo.missing", missing.size()));
        summary.setId("duo-missing-summary");
        Grid<MissingLocation> grid = new Grid<>(MissingLocation.class, false);
        grid.setId("duo-missing-list");
        grid.addColumn(MissingLocation::code)
                .setHeader(getTranslation("admin.duo.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> getTranslation("admin.duo.missing.where", m.file(), m.line()))
                .setHeader(getTranslation("admin.duo.missing.source"));
        ImportPreviewPanel.style(grid);
        grid.setItems(missing);
        Details list = new Details(getTranslation("admin.duo.missing.show", missing.size()), grid);
        list.setOpened(!many);
        add(summary, new Paragraph(getTranslation("admin.duo.missing.what")), list);
    }
}
