package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A parent's view or question on the plan, written before the conversation. */
public record ParentNote(UUID id, int versionNo, String parentName, ParentNoteKind kind, String body, Instant writtenAt)
        implements Serializable {}
