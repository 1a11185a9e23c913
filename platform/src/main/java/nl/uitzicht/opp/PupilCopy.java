package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The pupil's own plan ("mijn plan"): only what the pupil needs, to be told in plain words. What they are
 * good at (the plan's helping factors), what they want to learn (the goals, each with the pupil's own
 * words if they gave them), what helps them (the interventions, by who does them), and what they said
 * before; nothing of the plan's hindering factors, perspective, monitoring or staff notes.
 */
public record PupilCopy(
        UUID oppId,
        UUID pupilId,
        String pupilName,
        OppState state,
        int versionNo,
        List<String> goodAt,
        List<MyGoal> goals,
        List<MyHelp> helps,
        List<PupilWord> myViews)
        implements Serializable {

    /** The pupil may still add their view and their own words (not once the plan is closed). */
    public boolean acceptsWords() {
        return state.open();
    }

    /** A goal of the plan, with the pupil's newest own words for it (null: none yet). */
    public record MyGoal(
            UUID key,
            String description,
            @Nullable LocalDate targetOn,
            @Nullable String myWords) implements Serializable {}

    /** An intervention: what is done, by whom and how often. */
    public record MyHelp(String description, Performer performer, String frequency) implements Serializable {}
}
