package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The whole plan as a rater of a scoring round reads it (issue 18 point 2): one fixed version's three legal
 * parts and pupil's view ({@link #copy}), the consent given on that version (conversations and parents' digital
 * answers), the pupil's own words, the monitoring with measured courses per goal (ADR 0083), the evaluations
 * and the legal clocks. Pseudonymised unless the reader is staff of the pupil's school: no pupil name, group or
 * birth year, the pupil's name and the names of the people around the plan (staff who recorded, parents who
 * answered) taken out of every free text, and nobody's name as author. Read-only: nothing here can be changed.
 *
 * @param versionNo        the version the round fixed
 * @param currentVersionNo the plan's version now (newer when it changed after the round started)
 * @param words            the plan's length in words over all its texts (for the item "concise")
 */
public record RaterDossier(
        OppReviewCopy copy,
        int versionNo,
        int currentVersionNo,
        List<ConsentTalk> conversations,
        List<DigitalConsent> digitalConsents,
        List<PupilSaid> pupilWords,
        List<Monitored> monitoring,
        List<GoalCourse> courses,
        List<Evaluated> evaluations,
        int words)
        implements Serializable {

    public RaterDossier {
        conversations = List.copyOf(conversations);
        digitalConsents = List.copyOf(digitalConsents);
        pupilWords = List.copyOf(pupilWords);
        monitoring = List.copyOf(monitoring);
        courses = List.copyOf(courses);
        evaluations = List.copyOf(evaluations);
    }

    /** The fixed version's content. */
    public OppContent content() {
        return copy.content();
    }

    public boolean pseudonymised() {
        return copy.pseudonymised();
    }

    /** A conversation with parents (and pupil) on this version; with an outcome it is the consent conversation. */
    public record ConsentTalk(
            LocalDate heldOn,
            String participants,
            String discussed,
            @Nullable ConsentOutcome outcome,
            String parentsRemarks)
            implements Serializable {}

    /**
     * A parent's digital answer on this version's handelingsdeel: when, the answer, whether it still holds for
     * the handelingsdeel the round scores ({@code bindsThisVersion}: not withdrawn and the same handelingsdeel).
     */
    public record DigitalConsent(
            LocalDate givenOn,
            ParentConsentOutcome outcome,
            String reason,
            @Nullable LocalDate withdrawnOn,
            boolean bindsThisVersion)
            implements Serializable {}

    /** What the pupil wrote in their own plan: their view, or a goal in their own words ({@code goalKey}). */
    public record PupilSaid(LocalDate writtenOn, @Nullable UUID goalKey, String body) implements Serializable {}

    /** A monitoring note on a goal and/or intervention, with its measured value where one was measured. */
    public record Monitored(
            LocalDate observedOn,
            @Nullable UUID goalKey,
            @Nullable UUID interventionKey,
            String note,
            @Nullable Measurement measurement)
            implements Serializable {}

    /** An evaluation held with parents and pupil: of this version or an earlier one ({@code versionNo}). */
    public record Evaluated(
            int versionNo,
            LocalDate evaluatedOn,
            String pupilView,
            String parentsView,
            EvaluationDecision decision,
            List<GoalEvaluation> goals)
            implements Serializable {}
}
