package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.uitzicht.duoimport.FileInfo;
import nl.uitzicht.duoimport.ImportPlan;
import nl.uitzicht.duoimport.LocationKind;
import nl.uitzicht.duoimport.RowProblem;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.ui.kit.PageText;
import org.jspecify.annotations.Nullable;

/**
 * Shows an import plan: how each file was read (with the kind of school of each locations file,
 * changeable), the bad rows first, the missing locations as a warning, then what is added, changed
 * (old → new), closed (with pupils and open OPPs) and kept; the schools added by hand can be chosen
 * for closing, and closing schools with open OPPs needs its own tick before {@code apply} works.
 */
class ImportPreviewPanel extends Div {

    private final ImportPlan plan;
    private final Component apply;
    private final Set<String> closeManual = new LinkedHashSet<>();
    private final Checkbox confirmOpenOpps = new Checkbox();

    ImportPreviewPanel(ImportPlan plan, Component apply, BiConsumer<String, @Nullable LocationKind> kindChosen) {
        this.plan = plan;
        this.apply = apply;
        setId("duo-preview");
        addClassNames("card", "admin-card", "duo-preview");
        add(new H2(getTranslation("admin.duo.preview")));
        int index = 0;
        for (FileInfo file : plan.files()) {
            add(new DuoFileLine(file, index++, kindChosen));
        }
        if (!plan.problems().isEmpty()) {
            Paragraph problems = new Paragraph(
                    getTranslation("admin.duo.problems", plan.problems().size()));
            problems.setId("duo-problems-summary");
            problems.addClassName("duo-error");
            add(problems, problemGrid(plan.problems()));
        }
        if (plan.files().stream().anyMatch(FileInfo::needsKind)) {
            Paragraph kind = new Paragraph(getTranslation("admin.duo.needsKind"));
            kind.setId("duo-needs-kind");
            kind.addClassName("duo-error");
            add(kind);
        }
        if (!plan.missing().isEmpty()) {
            int listed =
                    plan.missing().size() + plan.added().size() + plan.changed().size() + plan.unchanged();
            add(new MissingLocationsWarning(plan.missing(), listed));
        }
        if (!plan.applicable()) {
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "admin.duo.summary",
                plan.added().size(),
                plan.changed().size(),
                plan.closed().size(),
                plan.unchanged()));
        summary.setId("duo-summary");
        summary.addClassName("duo-summary");
        add(summary);
        if (plan.changesNothing() && plan.keptManual().isEmpty()) {
            add(new Paragraph(getTranslation("admin.duo.nothing")));
        }
        if (!plan.added().isEmpty()) {
            add(new H3(getTranslation("admin.duo.added")), addedGrid(plan.added()));
        }
        if (!plan.changed().isEmpty()) {
            add(new H3(getTranslation("admin.duo.changed")), changedGrid(plan.changed()));
        }
        if (!plan.closed().isEmpty()) {
            add(new H3(getTranslation("admin.duo.closed")), closedGrid(plan.closed(), "duo-closed", false));
        }
        if (!plan.keptManual().isEmpty()) {
            Paragraph kept = PageText.muted(getTranslation("admin.duo.keptManual.intro"));
            add(
                    new H3(getTranslation("admin.duo.keptManual")),
                    kept,
                    closedGrid(plan.keptManual(), "duo-kept-manual", true));
        }
        confirmOpenOpps.setId("duo-confirm-opps");
        confirmOpenOpps.addValueChangeListener(e -> refresh());
        add(confirmOpenOpps, apply);
        refresh();
    }

    /** The schools added by hand that the administrator chose to close too (BRIN + vestigingsnummer). */
    Set<String> closeManual() {
        return Set.copyOf(closeManual);
    }

    boolean openOppsConfirmed() {
        return confirmOpenOpps.getValue();
    }

    /** Apply is possible when something changes and closing schools with open OPPs is confirmed. */
    private void refresh() {
        List<ImportPlan.Closing> withOpps = new java.util.ArrayList<>(plan.closingWithOpenOpps());
        plan.keptManual().stream()
                .filter(k -> closeManual.contains(k.school().code()) && k.openOpps() > 0)
                .forEach(withOpps::add);
        confirmOpenOpps.setVisible(!withOpps.isEmpty());
        confirmOpenOpps.setLabel(getTranslation(
                "admin.duo.confirmOpps",
                withOpps.size(),
                withOpps.stream().mapToInt(ImportPlan.Closing::openOpps).sum()));
        boolean changes = !plan.changesNothing() || !closeManual.isEmpty();
        apply.setVisible(changes);
        if (apply instanceof com.vaadin.flow.component.HasEnabled enabled) {
            enabled.setEnabled(withOpps.isEmpty() || confirmOpenOpps.getValue());
        }
    }

    private Grid<RowProblem> problemGrid(List<RowProblem> problems) {
        Grid<RowProblem> grid = new Grid<>(RowProblem.class, false);
        grid.setId("duo-problems");
        grid.addColumn(RowProblem::file)
                .setHeader(getTranslation("admin.duo.problem.file"))
                .setAutoWidth(true);
        grid.addColumn(RowProblem::line)
                .setHeader(getTranslation("admin.duo.problem.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RowProblem::column)
                .setHeader(getTranslation("admin.duo.problem.column"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.params().toArray()))
                .setHeader(getTranslation("admin.duo.problem.reason"))
                .setFlexGrow(3);
        style(grid);
        grid.setItems(problems);
        return grid;
    }

    private Grid<SchoolDetails> addedGrid(List<SchoolDetails> added) {
        Grid<SchoolDetails> grid = new Grid<>(SchoolDetails.class, false);
        grid.setId("duo-added");
        grid.addColumn(SchoolDetails::code)
                .setHeader(getTranslation("admin.duo.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SchoolDetails::name)
                .setHeader(getTranslation("schools.name"))
                .setFlexGrow(2);
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
        grid.addColumn(c -> c.before().code())
                .setHeader(getTranslation("admin.duo.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.after().name())
                .setHeader(getTranslation("schools.name"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.fields().stream().map(this::fieldChange).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("admin.duo.changes"))
                .setFlexGrow(3);
        style(grid);
        grid.setItems(changed);
        return grid;
    }

    /** "naam: Oud → Nieuw"; types, sources and open/closed in words. */
    private String fieldChange(ImportPlan.FieldChange f) {
        return getTranslation(
                "admin.duo.fieldChange",
                getTranslation("admin.duo.field." + f.field()),
                value(f.field(), f.before()),
                value(f.field(), f.after()));
    }

    private String value(String field, String raw) {
        return switch (field) {
            case "type" -> getTranslation("schooltype." + raw);
            case "source" -> getTranslation("admin.duo.source." + raw);
            case "open" -> getTranslation("admin.duo.open." + raw);
            default -> raw.isEmpty() ? getTranslation("admin.duo.empty") : raw;
        };
    }

    private Grid<ImportPlan.Closing> closedGrid(List<ImportPlan.Closing> closings, String id, boolean choosable) {
        Grid<ImportPlan.Closing> grid = new Grid<>(ImportPlan.Closing.class, false);
        grid.setId(id);
        if (choosable) {
            grid.addComponentColumn(c -> {
                        Checkbox close = new Checkbox(getTranslation("admin.duo.keptManual.close"));
                        close.setId("duo-close-" + c.school().code());
                        close.addValueChangeListener(e -> {
                            if (e.getValue()) {
                                closeManual.add(c.school().code());
                            } else {
                                closeManual.remove(c.school().code());
                            }
                            refresh();
                        });
                        return close;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(c -> c.school().code())
                .setHeader(getTranslation("admin.duo.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.school().name())
                .setHeader(getTranslation("schools.name"))
                .setFlexGrow(2);
        grid.addColumn(ImportPlan.Closing::pupils)
                .setHeader(getTranslation("admin.duo.pupils"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportPlan.Closing::openOpps)
                .setHeader(getTranslation("admin.duo.openOpps"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        style(grid);
        grid.setItems(closings);
        return grid;
    }

    static void style(Grid<?> grid) {
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }
}
