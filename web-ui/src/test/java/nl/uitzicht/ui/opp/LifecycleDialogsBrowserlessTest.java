package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.opp.ClosingInput;
import nl.uitzicht.opp.ClosingReason;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.ui.UitzichtI18n;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The start dialog (when did the extra support start: it drives the 6-week deadline) and the close dialog (reason,
 * note, destination), without a browser and without the services: what the person picks is what is submitted,
 * and a refusal keeps the dialog open with the message on the field.
 */
@AppTest
@Tag("browserless")
class LifecycleDialogsBrowserlessTest extends SpringBrowserlessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 12);
    static final PupilSummary PUPIL = new PupilSummary(
            UUID.randomUUID(), UUID.randomUUID(), "Sam", 2017, "5", LocalDate.of(2026, 8, 24), null, 3);

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    @Test
    void theStartDialogProposesTodayShowsTheDeadlineAndSubmitsThePickedDate() {
        List<LocalDate> submitted = new ArrayList<>();
        StartOppDialog dialog = new StartOppDialog(PUPIL, TODAY, null, (date, fields) -> submitted.add(date));
        dialog.open();

        assertThat(dialog.getHeaderTitle()).isEqualTo("OPP starten voor Sam");
        assertThat(dialog.started.getValue()).isEqualTo(TODAY);
        assertThat(dialog.started.getMax()).isEqualTo(TODAY);
        assertThat(dialog.started.getMin()).isEqualTo(PUPIL.enrolledOn());
        assertThat(dialog.deadline.getText()).isEqualTo("Vaststellen uiterlijk 23-11-2026 (6 weken).");

        dialog.started.setValue(LocalDate.of(2026, 9, 1));
        assertThat(dialog.deadline.getText()).isEqualTo("Vaststellen uiterlijk 13-10-2026 (6 weken).");
        test(button("opp-start-confirm")).click();

        assertThat(submitted).containsExactly(LocalDate.of(2026, 9, 1));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aRefusedStartDateStaysInTheDialogWithTheReason() {
        StartOppDialog dialog = new StartOppDialog(PUPIL, TODAY, null, (date, fields) -> {
            InputErrors.show(
                    UI.getCurrent(), new InvalidInput("supportStartedOn", "opp.error.startBeforeEnrolment"), fields);
            return false;
        });
        dialog.open();
        dialog.started.clear();
        test(button("opp-start-confirm")).click();
        assertThat(dialog.started.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.started.setValue(TODAY);
        test(button("opp-start-confirm")).click();
        assertThat(dialog.started.isInvalid()).isTrue();
        assertThat(dialog.started.getErrorMessage())
                .isEqualTo("De start van de extra ondersteuning ligt voor de inschrijfdatum.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aCorrectionStartsFromTheRecordedDate() {
        StartOppDialog dialog = new StartOppDialog(PUPIL, TODAY, LocalDate.of(2026, 9, 7), (date, fields) -> true);
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Start extra ondersteuning van Sam corrigeren");
        assertThat(dialog.started.getValue()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(button("opp-start-confirm").getText()).isEqualTo("Datum opslaan");
    }

    @Test
    void theCloseDialogSubmitsReasonNoteAndDestination() {
        List<ClosingInput> submitted = new ArrayList<>();
        CloseOppDialog dialog = new CloseOppDialog(TODAY, (input, fields) -> submitted.add(input));
        dialog.open();

        assertThat(dialog.closedOn.getValue()).isEqualTo(TODAY);
        assertThat(dialog.reason.getItemLabelGenerator().apply(ClosingReason.GOALS_REACHED))
                .isEqualTo("Doelen bereikt of extra ondersteuning niet meer nodig");
        assertThat(dialog.destination.getItemLabelGenerator().apply(ExitDestination.SO))
                .isNotBlank()
                .doesNotContain("opp.destination");
        dialog.reason.setValue(ClosingReason.SPECIAL_EDUCATION);
        dialog.note.setValue("Plaatsing per 1 november");
        dialog.destination.setValue(ExitDestination.SO);
        test(button("opp-close-confirm")).click();

        assertThat(submitted)
                .containsExactly(new ClosingInput(
                        TODAY, ClosingReason.SPECIAL_EDUCATION, "Plaatsing per 1 november", ExitDestination.SO));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void otherWithoutANoteIsShownOnTheNoteAndTheDialogStaysOpen() {
        CloseOppDialog dialog = new CloseOppDialog(TODAY, (input, fields) -> {
            InputErrors.show(UI.getCurrent(), new InvalidInput("note", "opp.validation.required"), fields);
            return false;
        });
        dialog.open();
        dialog.reason.setValue(ClosingReason.OTHER);
        assertThat(dialog.note.isRequiredIndicatorVisible()).isTrue();
        test(button("opp-close-confirm")).click();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.reason.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
    }
}
