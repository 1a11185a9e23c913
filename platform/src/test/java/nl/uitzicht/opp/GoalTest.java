package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SMART(I) prompts: a goal without a measure, a date or a starting point is not SMART. */
class GoalTest {

    @Test
    void aSmartGoalNeedsNoPrompt() {
        assertThat(ContentFixture.goal().smartPrompts()).isEmpty();
    }

    @Test
    void everyMissingElementGetsItsPromptInOrder() {
        Goal vague = new Goal(UUID.randomUUID(), FactorDomain.BEHAVIOUR, "Beter gedrag", null, "  ", null);
        assertThat(vague.smartPrompts())
                .containsExactly("opp.smart.noMeasure", "opp.smart.noDate", "opp.smart.noBaseline");
    }

    @Test
    void onlyTheDateMissing() {
        Goal noDate = new Goal(UUID.randomUUID(), FactorDomain.LEARNING, "AVI E5", "AVI M4", "AVI-toets", null);
        assertThat(noDate.smartPrompts()).containsExactly("opp.smart.noDate");
        Goal blankBaseline = new Goal(
                UUID.randomUUID(), FactorDomain.LEARNING, "AVI E5", " ", "AVI-toets", LocalDate.of(2026, 6, 1));
        assertThat(blankBaseline.smartPrompts()).containsExactly("opp.smart.noBaseline");
    }
}
