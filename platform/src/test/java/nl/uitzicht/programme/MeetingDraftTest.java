package nl.uitzicht.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingDraftTest {

    @Test
    void kindTitleAndSchoolYearAreRequired() {
        assertThat(new MeetingDraft(null, " ", null, null, null, null, null).errors())
                .containsOnlyKeys("kind", "title", "schoolYear");
    }

    @Test
    void lengthLimits() {
        MeetingDraft ok = new MeetingDraft(
                MeetingKind.REGIONAL,
                "t".repeat(120),
                "x".repeat(2000),
                "y".repeat(20),
                "p".repeat(40),
                "h".repeat(20),
                LocalDate.of(2026, 4, 15));
        assertThat(ok.errors()).isEmpty();
        MeetingDraft tooLong = new MeetingDraft(
                MeetingKind.REGIONAL,
                "t".repeat(121),
                "x".repeat(2001),
                "y".repeat(21),
                "p".repeat(41),
                "h".repeat(21),
                null);
        assertThat(tooLong.errors()).containsOnlyKeys("title", "topics", "schoolYear", "period", "hours");
    }
}
