package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "opp_conversation")
class ConversationRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** The form's attempt that added this row: a retry of it finds this row instead of adding another. */
    @Column(name = "attempt_id", updatable = false)
    private @Nullable UUID attemptId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String participants;

    @Column(nullable = false)
    private String discussed;

    @Enumerated(EnumType.STRING)
    private @Nullable ConsentOutcome outcome;

    @Column(name = "parents_remarks")
    private @Nullable String parentsRemarks;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConversationRecord() {}

    ConversationRecord(
            UUID oppId,
            @Nullable UUID attemptId,
            int versionNo,
            LocalDate heldOn,
            String participants,
            String discussed,
            @Nullable ConsentOutcome outcome,
            @Nullable String parentsRemarks,
            String recordedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.attemptId = attemptId;
        this.versionNo = versionNo;
        this.heldOn = heldOn;
        this.participants = participants;
        this.discussed = discussed;
        this.outcome = outcome;
        this.parentsRemarks = parentsRemarks;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    Conversation view() {
        return new Conversation(
                id,
                versionNo,
                heldOn,
                participants,
                discussed,
                outcome,
                parentsRemarks == null ? "" : parentsRemarks,
                recordedBy,
                recordedAt);
    }
}
