package nl.uitzicht.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the platform log as the operator reads it. */
public record PlatformRecord(
        Instant occurredAt,
        String actorName,
        PlatformAction action,
        @Nullable String regionCode,
        @Nullable String subject,
        @Nullable String detail) {}
