package nl.uitzicht.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Buddy feedback, suggestions and their reasons. */
class BuddyValuesTest {

    @Test
    void feedbackIsTrimmedAndGoesFromAuthorToRecipient() {
        UUID author = UUID.randomUUID();
        UUID recipient = UUID.randomUUID();
        FeedbackView v =
                new BuddyFeedback(UUID.randomUUID(), author, recipient, "  Goed gesprek! ", Instant.EPOCH).view();
        assertThat(v.text()).isEqualTo("Goed gesprek!");
        assertThat(v.authorId()).isEqualTo(author);
        assertThat(v.recipientId()).isEqualTo(recipient);
    }

    @Test
    void onlyRequestedAndActivePairingsAreOpen() {
        assertThat(BuddyStatus.REQUESTED.open()).isTrue();
        assertThat(BuddyStatus.ACTIVE.open()).isTrue();
        assertThat(BuddyStatus.DECLINED.open()).isFalse();
        assertThat(BuddyStatus.ENDED.open()).isFalse();
    }

    @Test
    void aSuggestionKeepsItsReasonsAsGiven() {
        List<SuggestionReason> reasons = new ArrayList<>(List.of(new SuggestionReason(
                SuggestionReason.SAME_GROUP, BuddySuggestions.SAME_GROUP_POINTS, List.of("Groep A"))));
        BuddySuggestion s = new BuddySuggestion(UUID.randomUUID(), "Bert", 3, reasons);
        reasons.clear();
        assertThat(s.reasons()).hasSize(1);
        assertThatThrownBy(() -> s.reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.reasons().getFirst().values().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void thePointsOfTheSuggestionRule() {
        assertThat(BuddySuggestions.SAME_GROUP_POINTS).isEqualTo(3);
        assertThat(BuddySuggestions.SCHOOL_TYPE_POINTS * BuddySuggestions.MAX_SCHOOL_TYPES)
                .isEqualTo(4);
        assertThat(BuddySuggestions.COMPLEMENTARY_POINTS).isEqualTo(1);
        assertThat(BuddySuggestions.AVAILABLE_POINTS).isEqualTo(1);
    }
}
