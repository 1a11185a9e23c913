package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PracticeQuestionTest {

    private final UUID trainer = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-02-01T09:00:00Z");

    @Test
    void aNewQuestionIsTrimmedAndKeepsWhoAskedItAndWhen() {
        PracticeQuestion q = new PracticeQuestion(trainer, "  Hoe krijg ik directeuren mee? ", false, now);
        QuestionView view = q.view();
        assertThat(view.text()).isEqualTo("Hoe krijg ik directeuren mee?");
        assertThat(view.trainerId()).isEqualTo(trainer);
        assertThat(view.createdAt()).isEqualTo(now);
        assertThat(view.forNextMeeting()).isFalse();
        assertThat(q.getTrainerId()).isEqualTo(trainer);
    }

    @Test
    void aQuestionIsBroughtInAtTheNextMeetingAndTakenBackOut() {
        PracticeQuestion q = new PracticeQuestion(trainer, "Vraag", false, now);
        q.markForNextMeeting(true);
        assertThat(q.view().forNextMeeting()).isTrue();
        q.markForNextMeeting(false);
        assertThat(q.view().forNextMeeting()).isFalse();
    }
}
