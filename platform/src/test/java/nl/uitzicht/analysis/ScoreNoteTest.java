package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class ScoreNoteTest {

    @Test
    void aBlankNoteIsNoNoteAndAnOtherIsTrimmed() {
        assertThat(ScoreNote.clean(null)).isNull();
        assertThat(ScoreNote.clean("   ")).isNull();
        assertThat(ScoreNote.clean("  goed onderbouwd ")).isEqualTo("goed onderbouwd");
    }

    @Test
    void aNoteOverTheLimitIsRefusedAtItsField() {
        assertThat(ScoreNote.clean("x".repeat(ScoreNote.MAX_LENGTH))).hasSize(ScoreNote.MAX_LENGTH);
        assertThatThrownBy(() -> ScoreNote.clean("x".repeat(ScoreNote.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("note", "analysis.error.noteLength"));
    }
}
