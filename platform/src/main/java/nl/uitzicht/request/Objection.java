package nl.uitzicht.request;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An objection against a decision, with the region's deadline to decide on it. */
public record Objection(
        UUID id,
        LocalDate receivedOn,
        String lodgedBy,
        String grounds,
        LocalDate deadlineOn,
        @Nullable ObjectionOutcome outcome,
        String outcomeReasons,
        @Nullable LocalDate decidedOn,
        String recordedBy,
        long version)
        implements Serializable {}
