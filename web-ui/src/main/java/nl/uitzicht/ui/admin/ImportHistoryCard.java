package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.uitzicht.duoimport.ImportHistory;

/** The region's recent DUO imports: when, by whom, how (upload or fetched), which files and the counts. */
class ImportHistoryCard extends Div {

    ImportHistoryCard(List<ImportHistory.Entry> entries) {
        addClassNames("card", "admin-card");
        Grid<ImportHistory.Entry> historyGrid = new Grid<>(ImportHistory.Entry.class, false);
        historyGrid.setId("duo-history");
        historyGrid
                .addColumn(h -> DuoImportView.WHEN.format(h.at()))
                .setHeader(getTranslation("admin.duo.history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        historyGrid
                .addColumn(ImportHistory.Entry::actorName)
                .setHeader(getTranslation("admin.duo.history.who"))
                .setAutoWidth(true);
        historyGrid
                .addColumn(h -> getTranslation("admin.duo.origin." + h.origin().name()))
                .setHeader(getTranslation("admin.duo.history.how"))
                .setAutoWidth(true);
        historyGrid
                .addColumn(ImportHistory.Entry::files)
                .setHeader(getTranslation("admin.duo.history.files"))
                .setFlexGrow(2);
        historyGrid
                .addColumn(h -> getTranslation(
                        "admin.duo.history.counts", h.added(), h.changed(), h.closed(), h.unchanged(), h.missing()))
                .setHeader(getTranslation("admin.duo.history.counts.header"))
                .setFlexGrow(2);
        historyGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        historyGrid.setAllRowsVisible(true);
        historyGrid.setItems(entries);
        Paragraph none = new Paragraph(getTranslation("admin.duo.history.none"));
        none.setVisible(entries.isEmpty());
        historyGrid.setVisible(!entries.isEmpty());
        add(new H2(getTranslation("admin.duo.history")), none, historyGrid);
    }
}
