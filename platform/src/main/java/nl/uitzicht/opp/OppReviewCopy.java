package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An OPP as read for review (checklist scoring, automatic checks): the current content and clocks.
 * Pseudonymised unless asked for identified: then no pupil name, group or birth year.
 */
public record OppReviewCopy(
        UUID id,
        UUID schoolId,
        @Nullable String pupilName,
        @Nullable Integer birthYear,
        @Nullable String group,
        OppState state,
        Deadlines deadlines,
        OppContent content,
        @Nullable LocalDate closedOn)
        implements Serializable {

    /** A running plan (not closed). */
    public OppReviewCopy(
            UUID id,
            UUID schoolId,
            @Nullable String pupilName,
            @Nullable Integer birthYear,
            @Nullable String group,
            OppState state,
            Deadlines deadlines,
            OppContent content) {
        this(id, schoolId, pupilName, birthYear, group, state, deadlines, content, null);
    }

    public boolean pseudonymised() {
        return pupilName == null;
    }
}
