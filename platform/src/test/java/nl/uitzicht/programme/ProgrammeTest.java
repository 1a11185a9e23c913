package nl.uitzicht.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The programme calendar starts as the handout's schedule; attendance and the feedback loop aggregate per meeting. */
@PlatformTest
@WithRole(system = true)
class ProgrammeTest {

    @Autowired
    Programme programme;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theCalendarAttendanceAndTheFeedbackLoop() {
        TestTransactions tx = new TestTransactions(transactionManager);
        UUID region =
                regions.register(Unique.regionCode("PO"), "Regio A", Sector.PO).getId();
        UUID other =
                regions.register(Unique.regionCode("PO"), "Regio B", Sector.PO).getId();
        UUID anna = accounts.createAccount(Unique.email("anna"), "Anna", "secret-password-1")
                .id();
        UUID bert = accounts.createAccount(Unique.email("bert"), "Bert", "secret-password-1")
                .id();

        List<MeetingView> calendar = tx.as(region, () -> programme.calendar());
        assertThat(calendar).hasSize(10);
        assertThat(calendar)
                .extracting(MeetingView::kind)
                .containsExactly(
                        MeetingKind.REGIONAL,
                        MeetingKind.TRAIN_THE_TRAINER,
                        MeetingKind.ONLINE_PRACTICE,
                        MeetingKind.TRAIN_THE_TRAINER,
                        MeetingKind.ONLINE_PRACTICE,
                        MeetingKind.TRAIN_THE_TRAINER,
                        MeetingKind.ONLINE_PRACTICE,
                        MeetingKind.TRAIN_THE_TRAINER,
                        MeetingKind.ONLINE_PRACTICE,
                        MeetingKind.RETURN);
        MeetingView day1 = calendar.get(1);
        assertThat(day1.title()).isEqualTo("Train-de-trainer 1: Handreiking OPP & Inclusie");
        assertThat(day1.topicLines())
                .contains("OPP gezamenlijk analyseren (bijlage 1)", "Vragenlijst & Feedbackloop (onderzoek)");
        assertThat(tx.as(region, () -> programme.calendar())).as("created once").hasSize(10);

        MeetingDraft dated = new MeetingDraft(
                day1.kind(),
                day1.title(),
                day1.topics(),
                day1.schoolYear(),
                "Okt.",
                "13-17",
                LocalDate.of(2024, 10, 10));
        MeetingView changed = tx.as(region, () -> programme.changeMeeting(day1.id(), day1.version(), dated));
        assertThat(changed.heldOn()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThatThrownBy(() -> tx.as(region, () -> programme.changeMeeting(day1.id(), day1.version(), dated)))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> tx.as(
                        region, () -> programme.addMeeting(new MeetingDraft(null, " ", null, "", null, null, null))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("kind", "title", "schoolYear"));

        tx.runAs(region, () -> {
            programme.markAttended(anna, day1.id(), true);
            programme.markAttended(anna, day1.id(), true);
            programme.markAttended(bert, day1.id(), true);
            programme.markAttended(bert, day1.id(), false);
            programme.answer(anna, day1.id(), 4, "Checklist scoren", "Meer tijd voor oefenen");
            programme.answer(anna, day1.id(), 5, null, "Meer tijd voor oefenen met casussen");
            programme.answer(bert, day1.id(), 2, null, "Graag voorbeeld-OPP's uit het VO");
        });
        assertThatThrownBy(() -> tx.as(region, () -> programme.answer(bert, day1.id(), 6, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("usefulness", "programme.validation.usefulness"));

        assertThat(tx.as(region, () -> programme.attendedBy(anna))).containsExactly(day1.id());
        MeetingSummary summary = tx.as(region, () -> programme.regionOverview()).get(1);
        assertThat(summary.attended()).isEqualTo(1);
        assertThat(summary.responses()).isEqualTo(2);
        assertThat(summary.averageUsefulness()).isEqualTo(3.5);
        assertThat(summary.forProjectGroup())
                .containsExactly("Graag voorbeeld-OPP's uit het VO", "Meer tijd voor oefenen met casussen");
        assertThat(summary.toString()).doesNotContain("Anna").doesNotContain(anna.toString());

        assertThat(tx.as(other, () -> programme.regionOverview()))
                .as("another region has its own calendar")
                .isEmpty();
        assertThat(tx.as(other, () -> programme.attendedBy(anna))).isEmpty();
    }
}
