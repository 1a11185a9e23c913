package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A dated monitoring note on a goal and/or intervention: how the support went, how the pupil progressed. */
public record Observation(
        UUID id,
        int versionNo,
        @Nullable UUID goalKey,
        @Nullable UUID interventionKey,
        LocalDate observedOn,
        String note,
        String recordedBy)
        implements Serializable {}
