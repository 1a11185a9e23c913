package nl.uitzicht.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgrammeResponseTest {

    @Test
    void answeringAgainReplacesTheAnswersAndBlankOnesAreNone() {
        UUID meeting = UUID.randomUUID();
        ProgrammeResponse r = new ProgrammeResponse(meeting, UUID.randomUUID());
        r.answer(4, " veel ", " meer tijd ", Instant.EPOCH);
        r.answer(5, "  ", "Dank!", Instant.EPOCH.plusSeconds(5));
        assertThat(r.view()).isEqualTo(new ResponseView(meeting, 5, null, "Dank!"));
        assertThat(r.getUsefulness()).isEqualTo(5);
        assertThat(r.getLearned()).isNull();
        assertThat(r.getForProjectGroup()).isEqualTo("Dank!");
    }
}
