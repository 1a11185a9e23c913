package nl.uitzicht.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.trainer.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The programme's rules with its repositories replaced (no Spring, no database); ProgrammeTest runs them on PostgreSQL. */
class ProgrammeRulesTest {

    private final ProgrammeMeetings meetings = mock(ProgrammeMeetings.class);
    private final Attendances attendances = mock(Attendances.class);
    private final ProgrammeResponses responses = mock(ProgrammeResponses.class);
    private final Programme programme = new Programme(meetings, attendances, responses);
    private final UUID trainer = UUID.randomUUID();
    private final List<ProgrammeMeeting> stored = new ArrayList<>();

    ProgrammeRulesTest() {
        when(meetings.ordered()).thenAnswer(i -> List.copyOf(stored));
        when(meetings.save(any())).thenAnswer(i -> {
            stored.add(i.getArgument(0));
            return i.getArgument(0);
        });
        when(responses.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
    }

    @Test
    void theFirstCalendarIsTheHandoutsSchedule() {
        List<MeetingView> calendar = programme.calendar();
        assertThat(calendar).hasSize(10);
        assertThat(calendar).extracting(MeetingView::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(programme.calendar()).hasSize(10);
        verify(meetings, times(10)).save(any());
    }

    @Test
    void usefulnessIsOneToFiveAndTheMeetingMustExist() {
        UUID meeting = UUID.randomUUID();
        when(meetings.existsById(meeting)).thenReturn(true);
        for (Integer bad : new Integer[] {null, 0, 6}) {
            assertThatThrownBy(() -> programme.answer(trainer, meeting, bad, null, null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).containsEntry("usefulness", "programme.validation.usefulness"));
        }
        when(responses.of(trainer, meeting)).thenReturn(Optional.empty());
        assertThat(programme.answer(trainer, meeting, 5, " veel ", null).learned()).isEqualTo("veel");
        assertThatThrownBy(() -> programme.answer(trainer, UUID.randomUUID(), 3, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("meeting"));
    }

    @Test
    void attendanceIsRecordedOnceAndCanBeWithdrawn() {
        UUID meeting = UUID.randomUUID();
        when(meetings.existsById(meeting)).thenReturn(true);
        Attendance existing = new Attendance(meeting, trainer);
        when(attendances.of(trainer, meeting)).thenReturn(Optional.of(existing));
        programme.markAttended(trainer, meeting, true);
        verify(attendances, never()).save(any());
        programme.markAttended(trainer, meeting, false);
        verify(attendances).delete(existing);
    }

    @Test
    void theRegionSeesCountsAnAverageAndTheAnswersWithoutNamesInAlphabeticalOrder() {
        programme.calendar();
        ProgrammeMeeting first = stored.getFirst();
        UUID id = first.getId();
        when(attendances.findAll()).thenReturn(List.of(new Attendance(id, UUID.randomUUID()),
                new Attendance(id, UUID.randomUUID()), new Attendance(id, UUID.randomUUID())));
        ProgrammeResponse r1 = new ProgrammeResponse(id, UUID.randomUUID());
        r1.answer(4, "samen analyseren", "meer oefenen", Instant.EPOCH);
        ProgrammeResponse r2 = new ProgrammeResponse(id, UUID.randomUUID());
        r2.answer(5, "Checklist", null, Instant.EPOCH);
        when(responses.findAll()).thenReturn(List.of(r1, r2));
        List<MeetingSummary> overview = programme.regionOverview();
        MeetingSummary s = overview.getFirst();
        assertThat(s.attended()).isEqualTo(3);
        assertThat(s.responses()).isEqualTo(2);
        assertThat(s.averageUsefulness()).isEqualTo(4.5);
        assertThat(s.learned()).containsExactly("Checklist", "samen analyseren");
        assertThat(s.forProjectGroup()).containsExactly("meer oefenen");
        MeetingSummary none = overview.get(1);
        assertThat(none.attended()).isZero();
        assertThat(none.averageUsefulness()).isZero();
    }
}
