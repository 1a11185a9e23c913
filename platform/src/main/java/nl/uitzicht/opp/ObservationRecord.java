package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "opp_observation")
class ObservationRecord {

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

    @Column(name = "goal_key")
    private @Nullable UUID goalKey;

    @Column(name = "intervention_key")
    private @Nullable UUID interventionKey;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ObservationRecord() {}

    ObservationRecord(
            UUID oppId,
            @Nullable UUID attemptId,
            int versionNo,
            @Nullable UUID goalKey,
            @Nullable UUID interventionKey,
            LocalDate observedOn,
            String note,
            String recordedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.attemptId = attemptId;
        this.versionNo = versionNo;
        this.goalKey = goalKey;
        this.interventionKey = interventionKey;
        this.observedOn = observedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    Observation view() {
        return new Observation(id, versionNo, goalKey, interventionKey, observedOn, note, recordedBy);
    }
}
