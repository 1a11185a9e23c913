package nl.uitzicht.buddy;

import java.time.Instant;
import java.util.UUID;

public record FeedbackView(UUID id, UUID authorId, UUID recipientId, String text, Instant createdAt) {}
