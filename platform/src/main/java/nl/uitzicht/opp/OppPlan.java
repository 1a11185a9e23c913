package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.UUID;
import nl.uitzicht.pupil.PupilSummary;
import org.jspecify.annotations.Nullable;

/**
 * An OPP as opened for reading or editing: whose it is, where it is in the workflow, its clocks, the
 * current content, and {@code version} to send back with the next change (optimistic locking); a closed
 * plan also says how it ended.
 */
public record OppPlan(
        UUID id,
        PupilSummary pupil,
        UUID schoolId,
        OppState state,
        Deadlines deadlines,
        long version,
        OppContent content,
        @Nullable OppEnding ending)
        implements Serializable {

    public OppPlan(
            UUID id,
            PupilSummary pupil,
            UUID schoolId,
            OppState state,
            Deadlines deadlines,
            long version,
            OppContent content) {
        this(id, pupil, schoolId, state, deadlines, version, content, null);
    }

    public int versionNo() {
        return content.versionNo();
    }

    public boolean editable() {
        return state.editable();
    }
}
