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

    /** Changes only when the plan is transferred with the pupil to another school. */
    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId;

    @Column(name = "school_id", nullable = false)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason")
    private @Nullable ClosingReason closedReason;

    @Column(name = "closed_note")
    private @Nullable String closedNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_destination")
    private @Nullable ExitDestination exitDestination;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_from", nullable = false, updatable = false)
    private StartingPoint.Kind startedFrom = StartingPoint.Kind.EMPTY;

    @Column(name = "started_from_id", updatable = false)
    private @Nullable UUID startedFromId;

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

    /** Records what the new plan's content was copied from (set once, before the first save). */
    void startedFrom(StartingPoint.Kind kind, @Nullable UUID sourceId) {
        this.startedFrom = kind;
        this.startedFromId = sourceId;
    }

    StartingPoint.Kind getStartedFrom() {
        return startedFrom;
    }

    @Nullable
    UUID getStartedFromId() {
        return startedFromId;
    }

    @Nullable
    LocalDate getClosedOn() {
        return closedOn;
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
            closedReason = ClosingReason.GOALS_REACHED;
        }
    }

    /** Ends the plan (the state was moved to CLOSED before): when, why and where the pupil went. */
    void closed(LocalDate on, ClosingReason reason, String note, @Nullable ExitDestination destination) {
        closedOn = on;
        closedReason = reason;
        closedNote = note.isBlank() ? null : note;
        exitDestination = destination;
        nextEvaluationOn = null;
    }

    /** A corrected start of the extra support: the 6-week deadline runs from there. */
    void supportStartedOn(LocalDate on) {
        supportStartedOn = on;
        deadlineOn = Deadlines.setByFor(on);
    }

    /** The plan goes with the pupil to another school (the pupil's registration there). */
    void transferTo(UUID pupilId, UUID schoolId) {
        this.pupilId = pupilId;
        this.schoolId = schoolId;
    }

    /** Was consented once: a plan awaiting consent again is a mid-year adjustment, not a new plan. */
    boolean everActive() {
        return firstActiveOn != null;
    }

    @Nullable
    OppEnding ending() {
        return closedOn == null || state != OppState.CLOSED
                ? null
                : new OppEnding(closedOn, closedReason, closedNote == null ? "" : closedNote, exitDestination);
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
