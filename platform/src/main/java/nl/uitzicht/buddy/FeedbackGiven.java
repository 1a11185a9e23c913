package nl.uitzicht.buddy;

import java.util.UUID;

/** Published inside the transaction that saved the feedback; the notice goes out after commit. */
record FeedbackGiven(UUID tenantId, UUID pairId, UUID recipientId, String authorName, String text) {}
