package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conversation, observation and evaluation records as the plan's history shows them. */
class RecordsViewTest {

    private final UUID opp = UUID.randomUUID();
    private final LocalDate day = LocalDate.of(2026, 2, 1);

    @Test
    void aConversationWithoutRemarksShowsAnEmptyText() {
        Conversation c = new ConversationRecord(
                        opp,
                        UUID.randomUUID(),
                        1,
                        day,
                        "moeder, ib'er",
                        "plan besproken",
                        ConsentOutcome.CONSENT,
                        null,
                        "ib'er",
                        Instant.EPOCH)
                .view();
        assertThat(c.parentsRemarks()).isEmpty();
        assertThat(c.outcome()).isEqualTo(ConsentOutcome.CONSENT);
        assertThat(c.versionNo()).isEqualTo(1);
        assertThat(c.heldOn()).isEqualTo(day);
    }

    @Test
    void anObservationKeepsItsSubjectAndDay() {
        Observation o = new ObservationRecord(
                        opp,
                        UUID.randomUUID(),
                        2,
                        ContentFixture.GOAL,
                        null,
                        day,
                        null,
                        "Leest vlotter",
                        "juf",
                        Instant.EPOCH)
                .view();
        assertThat(o.goalKey()).isEqualTo(ContentFixture.GOAL);
        assertThat(o.interventionKey()).isNull();
        assertThat(o.versionNo()).isEqualTo(2);
        assertThat(o.note()).isEqualTo("Leest vlotter");
    }

    @Test
    void anEvaluationKeepsItsGoalResultsAsGiven() {
        List<GoalEvaluation> goals =
                new ArrayList<>(List.of(new GoalEvaluation(ContentFixture.GOAL, GoalResult.PARTLY, "AVI E4 gehaald")));
        Evaluation e = new EvaluationRecord(
                        opp,
                        UUID.randomUUID(),
                        1,
                        day,
                        "Gaat beter",
                        "Tevreden",
                        EvaluationDecision.CONTINUE,
                        goals,
                        "ib'er",
                        Instant.EPOCH)
                .view();
        goals.clear();
        assertThat(e.goals()).extracting(GoalEvaluation::result).containsExactly(GoalResult.PARTLY);
        assertThat(e.decision()).isEqualTo(EvaluationDecision.CONTINUE);
        assertThat(e.evaluatedOn()).isEqualTo(day);
    }
}
