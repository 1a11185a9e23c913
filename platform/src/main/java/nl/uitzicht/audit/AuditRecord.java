package nl.uitzicht.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record AuditRecord(
        Instant occurredAt,
        String actorName,
        AuditAction action,
        String subjectType,
        @Nullable UUID subjectId,
        @Nullable String detail) {}
