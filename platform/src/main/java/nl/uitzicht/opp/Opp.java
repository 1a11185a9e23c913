package nl.uitzicht.opp;

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

/**
 * The OPP of one pupil: its state, its clocks and which version is current. The content lives in
 * {@link OppVersion}s; every change to the content touches this row, so its {@code version}
 * guards the whole plan against lost updates.
 */
@Entity
@Table(name = "opp")
class Opp {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "pupil_id", nullable = false, updatable = false)
    private UUID pupilId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OppState state = OppState.DRAFT;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo = 1;

    @Column(name = "support_started_on", nullable = false)
    private LocalDate supportStartedOn;

    @Column(name = "deadline_on", nullable = false)
    private LocalDate deadlineOn;

    @Column(name = "first_active_on")
    private @Nullable LocalDate firstActiveOn;

    @Column(name = "last_evaluated_on")
    private @Nullable LocalDate lastEvaluatedOn;

    @Column(name = "next_evaluation_on")
    private @Nullable LocalDate nextEvaluationOn;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Opp() {}

    Opp(UUID pupilId, UUID schoolId, LocalDate supportStartedOn, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.supportStartedOn = supportStartedOn;
        this.deadlineOn = Deadlines.setByFor(supportStartedOn);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to {@code target} if the workflow allows it from here, else throws. */
    void moveTo(OppState target, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(state, target);
        }
        state = target;
        touch(now);
    }

    void activate(LocalDate on) {
        if (firstActiveOn == null) {
            firstActiveOn = on;
            nextEvaluationOn = Deadlines.yearAfter(on);
        }
    }

    void evaluated(LocalDate on, boolean closing) {
        lastEvaluatedOn = on;
        nextEvaluationOn = closing ? null : Deadlines.yearAfter(on);
        if (closing) {
            closedOn = on;
        }
    }

    void nextVersion() {
        currentVersionNo++;
    }

    void previousVersion() {
        currentVersionNo--;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    UUID getPupilId() {
        return pupilId;
    }

    UUID getSchoolId() {
        return schoolId;
    }

    OppState getState() {
        return state;
    }

    int getCurrentVersionNo() {
        return currentVersionNo;
    }

    long getVersion() {
        return version;
    }

    Deadlines deadlines() {
        return new Deadlines(supportStartedOn, deadlineOn, firstActiveOn, nextEvaluationOn);
    }
}
