package nl.uitzicht.opp;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation to record: per goal of the evaluated version a result and explanation, the pupil's
 * and parents' view, and the decision. Continuing needs the parents' consent to the adjusted
 * handelingsdeel ({@code parentsConsent}), given in the evaluation conversation with {@code participants}.
 */
public record EvaluationInput(
        @Nullable LocalDate evaluatedOn,
        @Nullable String participants,
        @Nullable String pupilView,
        @Nullable String parentsView,
        List<GoalEvaluation> goals,
        @Nullable EvaluationDecision decision,
        @Nullable ConsentOutcome parentsConsent) {}
