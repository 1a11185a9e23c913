package nl.uitzicht.request;

import java.time.Instant;
import java.util.UUID;

/** An attachment of a request, without its content. */
public record AttachmentInfo(UUID id, String fileName, int sizeBytes, String uploadedBy, Instant uploadedAt) {}
