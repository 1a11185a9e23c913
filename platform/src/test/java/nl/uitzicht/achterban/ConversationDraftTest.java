package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConversationDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aConversationHeldTodayOrEarlierWithATopicIsFine() {
        assertThat(new ConversationDraft(TODAY, "Kennismaking", true, null).errors(TODAY))
                .isEmpty();
        assertThat(new ConversationDraft(TODAY.minusYears(1), "Kennismaking", false, "Terugbellen").errors(TODAY))
                .isEmpty();
    }

    @Test
    void aConversationCannotBeHeldTomorrow() {
        assertThat(new ConversationDraft(TODAY.plusDays(1), "Kennismaking", false, null).errors(TODAY))
                .containsEntry("heldOn", "achterban.validation.conversationInFuture");
    }

    @Test
    void theDateAndTopicAreRequired() {
        assertThat(new ConversationDraft(null, "  ", false, null).errors(TODAY))
                .containsEntry("heldOn", "trainer.validation.choose")
                .containsEntry("topic", "trainer.validation.required");
    }

    @Test
    void lengthLimitsOfTopicAndFollowUp() {
        assertThat(new ConversationDraft(TODAY, "t".repeat(200), false, "f".repeat(1000)).errors(TODAY))
                .isEmpty();
        assertThat(new ConversationDraft(TODAY, "t".repeat(201), false, "f".repeat(1001)).errors(TODAY))
                .containsEntry("topic", "trainer.validation.tooLong.200")
                .containsEntry("followUp", "trainer.validation.tooLong.1000");
    }
}
