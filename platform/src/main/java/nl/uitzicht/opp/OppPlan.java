package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.UUID;
import nl.uitzicht.pupil.PupilSummary;

/**
 * An OPP as opened for reading or editing: whose it is, where it is in the workflow, its clocks, the
 * current content, and {@code version} to send back with the next change (optimistic locking).
 */
public record OppPlan(
        UUID id,
        PupilSummary pupil,
        UUID schoolId,
        OppState state,
        Deadlines deadlines,
        long version,
        OppContent content)
        implements Serializable {

    public int versionNo() {
        return content.versionNo();
    }

    public boolean editable() {
        return state.editable();
    }
}
