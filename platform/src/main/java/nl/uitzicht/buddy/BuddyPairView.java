package nl.uitzicht.buddy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A pairing as one of the two trainers sees it. */
public record BuddyPairView(
        UUID id,
        UUID buddyId,
        String buddyName,
        BuddyStatus status,
        boolean askedByMe,
        @Nullable String message,
        @Nullable String mission,
        @Nullable String approach,
        Instant requestedAt,
        long version) {}
