package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An objection (bezwaar) against a decision: received, its own deadline, and its outcome once decided. */
@Entity
@Table(name = "support_request_objection")
class ObjectionRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "lodged_by", nullable = false, updatable = false)
    private String lodgedBy;

    @Column(nullable = false, updatable = false)
    private String grounds;

    @Column(name = "deadline_on", nullable = false, updatable = false)
    private LocalDate deadlineOn;

    @Enumerated(EnumType.STRING)
    @Column
    private @Nullable ObjectionOutcome outcome;

    @Column(name = "outcome_reasons", nullable = false)
    private String outcomeReasons = "";

    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ObjectionRecord() {}

    ObjectionRecord(UUID requestId, ObjectionInput input, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.receivedOn = input.receivedOn();
        this.lodgedBy = input.lodgedBy();
        this.grounds = input.grounds();
        this.deadlineOn = RequestTerms.objectionDecisionDeadline(input.receivedOn());
        this.recordedByName = by;
        this.recordedAt = now;
    }

    void decide(ObjectionOutcome outcome, String reasons, LocalDate on) {
        this.outcome = outcome;
        this.outcomeReasons = reasons;
        this.decidedOn = on;
    }

    UUID getId() {
        return id;
    }

    UUID getRequestId() {
        return requestId;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    @Nullable
    ObjectionOutcome getOutcome() {
        return outcome;
    }

    long getVersion() {
        return version;
    }

    Objection view() {
        return new Objection(
                id,
                receivedOn,
                lodgedBy,
                grounds,
                deadlineOn,
                outcome,
                outcomeReasons,
                decidedOn,
                recordedByName,
                version);
    }
}
