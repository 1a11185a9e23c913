package nl.uitzicht.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The handout's two-year programme: regional meetings, train-the-trainer days 1-4, online practice 1-4, a return. */
class HandoutScheduleTest {

    private final List<MeetingDraft> meetings = HandoutSchedule.meetings();

    @Test
    void tenMeetingsFromTheRegionalStartToTheReturnMeeting() {
        assertThat(meetings).hasSize(10);
        assertThat(meetings.getFirst().kind()).isEqualTo(MeetingKind.REGIONAL);
        assertThat(meetings.getLast().kind()).isEqualTo(MeetingKind.RETURN);
        assertThat(meetings.stream().filter(m -> m.kind() == MeetingKind.TRAIN_THE_TRAINER))
                .hasSize(4);
        assertThat(meetings.stream().filter(m -> m.kind() == MeetingKind.ONLINE_PRACTICE))
                .hasSize(4);
    }

    @Test
    void eachTrainTheTrainerDayIsFollowedByAnOnlinePracticeMeeting() {
        for (int i = 0; i < meetings.size() - 1; i++) {
            if (meetings.get(i).kind() == MeetingKind.TRAIN_THE_TRAINER) {
                assertThat(meetings.get(i + 1).kind())
                        .as(meetings.get(i).title())
                        .isEqualTo(MeetingKind.ONLINE_PRACTICE);
            }
        }
    }

    @Test
    void everyMeetingIsAValidDraftWithoutADateYet() {
        assertThat(meetings).allSatisfy(m -> {
            assertThat(m.errors()).as(m.title()).isEmpty();
            assertThat(m.heldOn()).isNull();
        });
    }
}
