package nl.uitzicht.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeMeetingTest {

    @Test
    void aMeetingIsTrimmedAndItsTopicsReadAsLines() {
        ProgrammeMeeting m = new ProgrammeMeeting(
                2,
                new MeetingDraft(
                        MeetingKind.TRAIN_THE_TRAINER,
                        "  Dag 1 ",
                        "Kennismaken\n\n  Handreiking OPP  \n",
                        " ’24-‘25 ",
                        "  ",
                        " 13-17 ",
                        LocalDate.of(2024, 10, 14)));
        MeetingView v = m.view();
        assertThat(v.title()).isEqualTo("Dag 1");
        assertThat(v.schoolYear()).isEqualTo("’24-‘25");
        assertThat(v.period()).isNull();
        assertThat(v.hours()).isEqualTo("13-17");
        assertThat(v.position()).isEqualTo(2);
        assertThat(v.topicLines()).containsExactly("Kennismaken", "Handreiking OPP");
    }

    @Test
    void aViewGoesBackToTheSameDraft() {
        MeetingDraft draft = new MeetingDraft(MeetingKind.RETURN, "Terugkom", null, "’26-‘27", "Nov.", null, null);
        MeetingView v = new ProgrammeMeeting(10, draft).view();
        assertThat(v.toDraft()).isEqualTo(draft);
        assertThat(v.topicLines()).isEmpty();
    }
}
