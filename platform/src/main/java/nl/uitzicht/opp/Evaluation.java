package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The (at least yearly) evaluation of one version of the plan, held with parents and pupil. */
public record Evaluation(
        UUID id,
        int versionNo,
        LocalDate evaluatedOn,
        String pupilView,
        String parentsView,
        EvaluationDecision decision,
        List<GoalEvaluation> goals,
        String recordedBy)
        implements Serializable {}
