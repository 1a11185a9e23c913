package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTest {

    @Test
    void theTopicIsTrimmedAndABlankFollowUpIsNone() {
        UUID stakeholder = UUID.randomUUID();
        Conversation c = new Conversation(
                stakeholder, new ConversationDraft(LocalDate.of(2026, 1, 5), "  OPP's bekeken ", true, "   "));
        ConversationView view = c.view();
        assertThat(view.stakeholderId()).isEqualTo(stakeholder);
        assertThat(view.topic()).isEqualTo("OPP's bekeken");
        assertThat(view.followUp()).isNull();
        assertThat(view.heldOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(c.isOppsReviewed()).isTrue();
        assertThat(c.getStakeholderId()).isEqualTo(stakeholder);
    }
}
