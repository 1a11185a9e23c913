package nl.uitzicht.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One entry of the platform's own log (global, append-only, kept when a region is purged). */
@Entity
@Immutable
@Table(name = "platform_audit_event")
class PlatformAuditEvent {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(name = "region_id")
    private @Nullable UUID regionId;

    @Column(name = "region_code")
    private @Nullable String regionCode;

    private @Nullable String subject;

    private @Nullable String detail;

    protected PlatformAuditEvent() {}

    PlatformAuditEvent(
            Instant occurredAt,
            Actor actor,
            PlatformAction action,
            @Nullable UUID regionId,
            @Nullable String regionCode,
            @Nullable String subject,
            @Nullable String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.action = action.name();
        this.regionId = regionId;
        this.regionCode = regionCode;
        this.subject = subject;
        this.detail = detail;
    }

    PlatformRecord record() {
        return new PlatformRecord(occurredAt, actorName, PlatformAction.valueOf(action), regionCode, subject, detail);
    }
}
