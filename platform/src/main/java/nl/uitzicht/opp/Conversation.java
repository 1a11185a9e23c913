package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A conversation with parents (and pupil) about the plan; with an outcome, it is the consent conversation. */
public record Conversation(
        UUID id,
        int versionNo,
        LocalDate heldOn,
        String participants,
        String discussed,
        @Nullable ConsentOutcome outcome,
        String parentsRemarks,
        String recordedBy,
        Instant recordedAt)
        implements Serializable {}
