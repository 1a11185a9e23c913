package nl.uitzicht.audit;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A search in the region's audit trail: a period, and optionally one kind of subject and part of a name. */
public record AuditQuery(
        Instant from,
        Instant to,
        @Nullable String subjectType,
        @Nullable String actorContains) implements Serializable {

    public AuditQuery {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("audit.error.period");
        }
        actorContains = actorContains == null || actorContains.isBlank() ? null : actorContains.trim();
    }
}
