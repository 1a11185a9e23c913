package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import nl.uitzicht.duoimport.FileInfo;
import nl.uitzicht.duoimport.ImportPlan;
import nl.uitzicht.duoimport.RowProblem;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolSummary;

/** Shows an import plan: the files as read, what is added, changed and closed, or every bad row. */
class ImportPreviewPanel extends Div {

    ImportPreviewPanel(ImportPlan plan, Component action) {
        setId("duo-preview");
        addClassNames("card", "admin-card", "duo-preview");
        add(new H2(getTranslation("admin.duo.preview")));
        for (FileInfo file : plan.files()) {
            Paragraph info = new Paragraph(getTranslation("admin.duo.fileInfo", file.name(), file.rows(),
                    file.encoding(), file.delimiter()));
            info.addClassName("muted");
            add(info);
        }
        if (!plan.applicable()) {
            Paragraph problems = new Paragraph(getTranslation("admin.duo.problems", plan.problems().size()));
            problems.setId("duo-problems-summary");
            problems.addClassName("duo-error");
            add(problems, problemGrid(plan.problems()));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("admin.duo.summary", plan.added().size(),
                plan.changed().size(), plan.closed().size(), plan.unchanged()));
        summary.setId("duo-summary");
        summary.addClassName("duo-summary");
        add(summary);
        if (!plan.changesNothing()) {
            add(action);
        }
        if (plan.typeFromSector()) {
            add(new Paragraph(getTranslation("admin.duo.typeFromSector", getTranslation("schooltype.BAO"))));
        }
        if (plan.changesNothing()) {
            add(new Paragraph(getTranslation("admin.duo.nothing")));
        }
        if (!plan.added().isEmpty()) {
            add(new H3(getTranslation("admin.duo.added")), addedGrid(plan.added()));
        }
        if (!plan.changed().isEmpty()) {
            add(new H3(getTranslation("admin.duo.changed")), changedGrid(plan.changed()));
        }
        if (!plan.closed().isEmpty()) {
            add(new H3(getTranslation("admin.duo.closed")), closedGrid(plan.closed()));
        }
    }

    private Grid<RowProblem> problemGrid(List<RowProblem> problems) {
        Grid<RowProblem> grid = new Grid<>(RowProblem.class, false);
        grid.setId("duo-problems");
        grid.addColumn(RowProblem::file).setHeader(getTranslation("admin.duo.problem.file")).setAutoWidth(true);
        grid.addColumn(RowProblem::line).setHeader(getTranslation("admin.duo.problem.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RowProblem::column).setHeader(getTranslation("admin.duo.problem.column")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.params().toArray()))
                .setHeader(getTranslation("admin.duo.problem.reason")).setFlexGrow(3);
        style(grid);
        grid.setItems(problems);
        return grid;
    }

    private Grid<SchoolDetails> addedGrid(List<SchoolDetails> added) {
        Grid<SchoolDetails> grid = new Grid<>(SchoolDetails.class, false);
        grid.setId("duo-added");
        grid.addColumn(SchoolDetails::code).setHeader(getTranslation("schools.brin")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolDetails::name).setHeader(getTranslation("schools.name")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("schooltype." + d.type().name())).setHeader(getTranslation("schools.type"));
        grid.addColumn(d -> d.municipality() == null ? "" : d.municipality())
                .setHeader(getTranslation("schools.municipality"));
        style(grid);
        grid.setItems(added);
        return grid;
    }

    private Grid<ImportPlan.Change> changedGrid(List<ImportPlan.Change> changed) {
        Grid<ImportPlan.Change> grid = new Grid<>(ImportPlan.Change.class, false);
        grid.setId("duo-changed");
        grid.addColumn(c -> c.before().code()).setHeader(getTranslation("schools.brin")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.after().name()).setHeader(getTranslation("schools.name")).setFlexGrow(2);
        grid.addColumn(c -> c.fields().stream().map(f -> getTranslation("admin.duo.field." + f))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.duo.changes")).setFlexGrow(1);
        style(grid);
        grid.setItems(changed);
        return grid;
    }

    private Grid<SchoolSummary> closedGrid(List<SchoolSummary> closed) {
        Grid<SchoolSummary> grid = new Grid<>(SchoolSummary.class, false);
        grid.setId("duo-closed");
        grid.addColumn(SchoolSummary::code).setHeader(getTranslation("schools.brin")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolSummary::name).setHeader(getTranslation("schools.name")).setFlexGrow(2);
        style(grid);
        grid.setItems(closed);
        return grid;
    }

    private static void style(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }
}
