package nl.uitzicht.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * Who did what to which record, when. Append-only: the app role may insert and select only. New events
 * say so ({@link Persistable#isNew()}), so saving one is a plain INSERT: with its id assigned up front,
 * Spring Data would otherwise merge, which first SELECTs the id (one statement more for every audited
 * read or change; issue 13, {@code OppStatementCountTest}).
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent implements Persistable<UUID> {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id")
    private @Nullable UUID subjectId;

    private @Nullable String detail;

    @Transient
    private boolean stored;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            Actor actor,
            AuditAction action,
            String subjectType,
            @Nullable UUID subjectId,
            @Nullable String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.action = action.name();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, actorName, AuditAction.valueOf(action), subjectType, subjectId, detail);
    }
}
