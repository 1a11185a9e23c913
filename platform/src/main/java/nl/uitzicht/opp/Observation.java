package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dated monitoring note on a goal and/or intervention: how the support went, how the pupil progressed;
 * with a measured value against its target where one was measured (ADR 0083; older notes have none).
 */
public record Observation(
        UUID id,
        int versionNo,
        @Nullable UUID goalKey,
        @Nullable UUID interventionKey,
        LocalDate observedOn,
        String note,
        String recordedBy,
        @Nullable Measurement measurement)
        implements Serializable {}
