package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
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

    /** How the value was measured; null for a note only (all rows before ADR 0083). */
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind", updatable = false)
    private @Nullable MeasureKind measureKind;

    @Column(name = "measured_value", updatable = false)
    private @Nullable BigDecimal measuredValue;

    /** The target level on the scale, or the norm score of the test. */
    @Column(name = "target_value", updatable = false)
    private @Nullable BigDecimal targetValue;

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
            @Nullable Measurement measurement,
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
        if (measurement != null) {
            this.measureKind = measurement.kind();
            this.measuredValue = measurement.value();
            this.targetValue = measurement.target();
        }
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    Observation view() {
        Measurement measurement = measureKind == null || measuredValue == null || targetValue == null
                ? null
                : new Measurement(measureKind, measuredValue, targetValue);
        return new Observation(id, versionNo, goalKey, interventionKey, observedOn, note, recordedBy, measurement);
    }
}
