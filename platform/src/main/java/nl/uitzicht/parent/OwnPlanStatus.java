package nl.uitzicht.parent;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the school lets the pupil look at their own plan, who last changed that and when (nothing yet:
 * closed, never changed), and the version a change must name.
 */
public record OwnPlanStatus(
        boolean open,
        @Nullable String changedByName,
        @Nullable Instant changedAt,
        long version) implements Serializable {

    static final OwnPlanStatus NEVER = new OwnPlanStatus(false, null, null, -1);
}
