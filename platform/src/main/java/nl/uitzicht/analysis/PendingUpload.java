package nl.uitzicht.analysis;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An upload of the caller's that still waits for them to confirm its masking. */
public record PendingUpload(UUID id, OppFileKind kind, int fileSize, Instant uploadedAt) implements Serializable {}
