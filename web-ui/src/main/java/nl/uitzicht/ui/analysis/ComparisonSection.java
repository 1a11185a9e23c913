package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.UUID;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.Checklist;
import nl.uitzicht.analysis.ChecklistItem;
import nl.uitzicht.analysis.Comparison;
import nl.uitzicht.analysis.ScoringRounds;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;

/** All raters' scores per OPP and item, divergent ones flagged, and the consensus to record. */
class ComparisonSection extends Div {

    /** Up to this many rows the grid is as high as its rows; past it, it scrolls and loads as it scrolls. */
    static final int ALL_ROWS_UP_TO = 15;

    private static final int PAGE_SIZE = 25;

    /**
     * Shows the comparison's rows through a lazy grid ({@link ScoringRounds#compareRows}): the section keeps
     * the round's id and rater names, not the rows or the checklist (issue 13).
     */
    ComparisonSection(ScoringRounds rounds, Analyst analyst, Comparison comparison, Runnable refresh) {
        UUID roundId = comparison.round().id();
        long divergent = comparison.divergentCount();
        int total = comparison.rows().size();
        addClassNames("card", "analysis-wide");
        setId("round-comparison");
        add(new H2(getTranslation("analysis.compare.title")));
        Checkbox onlyDivergent = new Checkbox(getTranslation("analysis.compare.onlyDivergent"), divergent > 0);
        onlyDivergent.setId("only-divergent");
        Grid<Comparison.Row> grid = new Grid<>();
        grid.setId("comparison-grid");
        grid.addColumn(Comparison.Row::oppLabel)
                .setHeader("OPP")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.position() + ". " + r.statement())
                .setHeader(getTranslation("analysis.item"))
                .setFlexGrow(3);
        for (int i = 0; i < comparison.raterNames().size(); i++) {
            int col = i;
            grid.addColumn(r -> r.scores().get(col) == null
                            ? "–"
                            : r.scores().get(col).toString())
                    .setHeader(comparison.raterNames().get(i))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        // a template, not a component per row (issue 13)
        grid.addColumn(LitRenderer.<Comparison.Row>of(
                                "<span class=\"${item.divergent ? 'analysis-divergent' : ''}\">${item.spread}</span>")
                        .withProperty("divergent", Comparison.Row::divergent)
                        .withProperty(
                                "spread",
                                r -> r.divergent() ? getTranslation("analysis.compare.divergent", r.spread()) : ""))
                .setHeader(getTranslation("analysis.compare.spread"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.consensus() == null
                        ? ""
                        : r.consensus() + (r.consensusNote() == null ? "" : " — " + r.consensusNote()))
                .setHeader(getTranslation("analysis.compare.consensus"))
                .setFlexGrow(2);
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(
                q ->
                        rounds
                                .compareRows(analyst, roundId, onlyDivergent.getValue(), q.getOffset(), q.getLimit())
                                .stream(),
                q -> rounds.compareRowCount(analyst, roundId, onlyDivergent.getValue()));
        Runnable filter = () -> {
            long shown = onlyDivergent.getValue() ? divergent : total;
            grid.setAllRowsVisible(shown <= ALL_ROWS_UP_TO);
            grid.setHeight(shown <= ALL_ROWS_UP_TO ? null : "36em");
            grid.getDataProvider().refreshAll();
            grid.recalculateColumnWidths(); // the auto widths were measured on the rows shown before
        };
        onlyDivergent.addValueChangeListener(e -> filter.run());
        filter.run();
        // the checklist (statements and levels) is read when a row is clicked, not kept with the section
        grid.addItemClickListener(e -> consensusDialog(
                        rounds,
                        analyst,
                        roundId,
                        rounds.compare(analyst, roundId).checklist(),
                        e.getItem(),
                        refresh)
                .open());
        Paragraph help = PageText.muted(getTranslation("analysis.compare.help"));
        add(onlyDivergent, help, grid);
    }

    private Dialog consensusDialog(
            ScoringRounds rounds,
            Analyst analyst,
            UUID roundId,
            Checklist checklist,
            Comparison.Row row,
            Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("analysis.consensus.title", row.oppLabel(), row.position()));
        ChecklistItem item = checklist.item(row.itemCode()).orElseThrow();
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(item.statement());
        score.setId("consensus-score");
        score.setItems(0, 1, 2);
        score.setItemLabelGenerator(v -> v + " – " + item.level(v));
        score.addClassName("analysis-vertical");
        if (row.consensus() != null) {
            score.setValue(row.consensus());
        }
        TextArea note = new TextArea(getTranslation("analysis.consensus.note"));
        note.setId("consensus-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setValue(row.consensusNote() == null ? "" : row.consensusNote());
        UnsavedChanges typed = UnsavedChanges.of(dialog);
        typed.watch(score, note);
        Button save = new SaveButton(getTranslation("analysis.consensus.save"), () -> {
            if (score.getValue() == null) {
                score.setErrorMessage(getTranslation("analysis.error.scoreRange"));
                score.setInvalid(true);
                return;
            }
            rounds.recordConsensus(
                    analyst,
                    roundId,
                    row.oppId(),
                    row.itemCode(),
                    score.getValue(),
                    note.getValue(),
                    row.consensusVersion());
            dialog.close();
            Notices.success(getTranslation("analysis.consensus.saved"));
            refresh.run();
        });
        save.setId("consensus-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("analysis.cancel"), e -> typed.cancel());
        dialog.add(score, note);
        dialog.getFooter().add(cancel, save);
        return dialog;
    }
}
