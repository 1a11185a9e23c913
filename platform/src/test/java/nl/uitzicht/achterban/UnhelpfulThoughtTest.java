package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnhelpfulThoughtTest {

    private final UUID trainer = UUID.randomUUID();

    @Test
    void aThoughtIsTrimmedAndMayComeWithoutAnAnswer() {
        UnhelpfulThought t = new UnhelpfulThought(trainer, "  Ik heb hier echt geen tijd voor. ", "  ", Instant.EPOCH);
        assertThat(t.view().thought()).isEqualTo("Ik heb hier echt geen tijd voor.");
        assertThat(t.view().answer()).isNull();
        assertThat(t.getTrainerId()).isEqualTo(trainer);
    }

    @Test
    void theAnswerCanBeGivenChangedAndTakenBack() {
        UnhelpfulThought t = new UnhelpfulThought(trainer, "Dit komt er ook weer bij.", null, Instant.EPOCH);
        t.answer(" Het vervangt het oude format. ");
        assertThat(t.view().answer()).isEqualTo("Het vervangt het oude format.");
        t.answer("");
        assertThat(t.view().answer()).isNull();
    }

    @Test
    void theHandoutThoughtsAreOfferedAsSuggestions() {
        assertThat(Audience.HANDOUT_THOUGHTS)
                .hasSize(6)
                .contains("Ik heb hier echt geen tijd voor.")
                .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(300));
        assertThat(Audience.EXAMPLE_KERNBOODSCHAP.length()).isLessThanOrEqualTo(500);
    }
}
