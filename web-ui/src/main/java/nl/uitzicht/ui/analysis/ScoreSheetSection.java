package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.ChecklistItem;
import nl.uitzicht.analysis.ChecklistPart;
import nl.uitzicht.analysis.MaskedText;
import nl.uitzicht.analysis.OppUploads;
import nl.uitzicht.analysis.OwnScore;
import nl.uitzicht.analysis.ScoreSheet;
import nl.uitzicht.analysis.ScoringRounds;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/** The rater's own scores per OPP and item, saved as they go; submitted once complete. */
class ScoreSheetSection extends Div {

    private final ScoringRounds rounds;
    private final Analyst analyst;
    private final UUID roundId;
    private final Span progress = new Span();
    private ScoreSheet sheet;

    ScoreSheetSection(ScoringRounds rounds, OppUploads uploads, Analyst analyst, UUID roundId, Runnable onSubmitted) {
        this.rounds = rounds;
        this.analyst = analyst;
        this.roundId = roundId;
        this.sheet = rounds.sheet(analyst, roundId);
        setId("score-sheet");
        addClassName("analysis-wide");
        Paragraph rule = PageText.muted(getTranslation("analysis.sheet.independent"));
        add(new H2(getTranslation("analysis.sheet.title")), rule);
        for (UUID oppId : sheet.round().oppIds()) {
            Div card = new Div();
            card.addClassNames("card", "analysis-wide");
            Div items = card;
            if (sheet.round().uploaded(oppId)) {
                // an OPP written elsewhere: its masked text beside the checklist (ADR 0096)
                card.add(new H3(getTranslation(
                        "analysis.upload.uploadedOpp", sheet.round().label(oppId))));
                items = new Div();
                items.addClassName("analysis-side-items");
                Div side = new Div(
                        new UploadedOppText(MaskedText.marked(uploads.maskedText(analyst, roundId, oppId))), items);
                side.addClassName("analysis-side");
                card.add(side);
            } else {
                card.add(new H3(sheet.round().label(oppId)));
                Details content = new Details(getTranslation("analysis.sheet.readOpp"));
                content.addOpenedChangeListener(e -> {
                    if (e.isOpened() && content.getContent().findAny().isEmpty()) {
                        content.add(new OppReadOnly(rounds.dossier(analyst, roundId, oppId)));
                    }
                });
                card.add(content);
            }
            ChecklistPart part = null;
            for (ChecklistItem item : sheet.checklist().items()) {
                if (item.part() != part) {
                    part = item.part();
                    Span heading = new Span(getTranslation("analysis.part." + part));
                    heading.addClassName("analysis-part");
                    items.add(heading);
                }
                items.add(itemRow(oppId, item));
            }
            add(card);
        }
        Button submit = new SaveButton(getTranslation("analysis.sheet.submit"), () -> {
            rounds.submit(analyst, roundId);
            Notices.success(getTranslation("analysis.sheet.submitted"));
            onSubmitted.run();
        });
        submit.setId("score-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setId("score-progress");
        updateProgress();
        Div bar = new Div(progress, submit);
        bar.addClassName("analysis-submit");
        add(bar);
    }

    private Div itemRow(UUID oppId, ChecklistItem item) {
        Div row = new Div();
        row.addClassName("analysis-item");
        int position = sheet.checklist().items().indexOf(item) + 1;
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(position + ". " + item.statement());
        score.addClassName("analysis-score");
        score.getElement().setAttribute("data-item", item.code());
        score.getElement().setAttribute("data-opp", sheet.round().label(oppId));
        score.setItems(0, 1, 2);
        score.setItemLabelGenerator(v -> v + " – " + item.level(v));
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("analysis.sheet.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        sheet.score(oppId, item.code()).ifPresent(s -> {
            score.setValue(s.score());
            note.setValue(s.note() == null ? "" : s.note());
        });
        Runnable save = () -> {
            if (score.getValue() == null) {
                return;
            }
            try {
                OwnScore saved = rounds.score(analyst, roundId, oppId, item.code(), score.getValue(), note.getValue());
                score.setInvalid(false);
                sheet = rounds.sheet(analyst, roundId);
                updateProgress();
            } catch (InvalidInput ex) {
                score.setErrorMessage(InputErrors.text(this, ex.problems().getFirst()));
                score.setInvalid(true);
            }
        };
        score.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        row.add(score, note);
        return row;
    }

    private void updateProgress() {
        int total = sheet.round().oppIds().size() * sheet.checklist().items().size();
        progress.setText(getTranslation("analysis.sheet.progress", total - sheet.missing(), total));
    }
}
