package nl.uitzicht.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.RequestHandlers;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupils of the schools a staff member works for. Every read and change writes an audit
 * record in the same transaction (so these methods are never read-only transactions).
 */
@Service
@Transactional
@StaffOnly
public class PupilRegister {

    public static final String AUDIT_SUBJECT = "PUPIL";

    private final PupilRows rows;
    private final AuditLog audit;
    private final Clock clock;

    PupilRegister(PupilRows rows, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.rows = rows;
        this.audit = audit;
    }

    /** The pupils of the person's schools; audited as one list view. */
    public List<PupilSummary> list(StaffScope scope) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        List<PupilSummary> pupils = rows.findBySchools(scope.schoolIds()).stream()
                .map(Pupil::summary)
                .toList();
        audit.record(scope.actor(), AuditAction.VIEW, AUDIT_SUBJECT, null, "list of " + pupils.size() + " pupils");
        return pupils;
    }

    public PupilSummary get(StaffScope scope, UUID pupilId) {
        Pupil pupil = find(scope, pupilId);
        audit.record(scope.actor(), AuditAction.VIEW, AUDIT_SUBJECT, pupilId, null);
        return pupil.summary();
    }

    public PupilSummary register(StaffScope scope, UUID schoolId, PupilInput input) {
        scope.check(schoolId);
        Pupil pupil = rows.save(new Pupil(schoolId, ValidPupil.of(input, today())));
        audit.record(
                scope.actor(),
                AuditAction.CREATE,
                AUDIT_SUBJECT,
                pupil.summary().id(),
                null);
        return pupil.summary();
    }

    public PupilSummary update(StaffScope scope, UUID pupilId, long expectedVersion, PupilInput input) {
        Pupil pupil = find(scope, pupilId);
        if (pupil.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Pupil.class, pupilId);
        }
        pupil.apply(ValidPupil.of(input, today()));
        PupilSummary saved = rows.saveAndFlush(pupil).summary();
        audit.record(scope.actor(), AuditAction.UPDATE, AUDIT_SUBJECT, pupilId, null);
        return saved;
    }

    /**
     * Records that the pupil left the school on {@code leftOn} (not before enrolment, not in the future), with
     * the version of the pupil the screen saw. The OPP feature decides what becomes of an open plan.
     */
    public PupilSummary recordLeaving(StaffScope scope, UUID pupilId, long expectedVersion, LocalDate leftOn) {
        Pupil pupil = find(scope, pupilId);
        if (pupil.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Pupil.class, pupilId);
        }
        PupilSummary now = pupil.summary();
        pupil.apply(ValidPupil.of(
                new PupilInput(now.name(), now.birthYear(), now.group(), now.enrolledOn(), leftOn), today()));
        if (leftOn.isAfter(today())) {
            throw new nl.uitzicht.validation.InvalidInput("leftOn", "opp.pupil.error.leftFuture");
        }
        PupilSummary saved = rows.saveAndFlush(pupil).summary();
        audit.record(scope.actor(), AuditAction.UPDATE, AUDIT_SUBJECT, pupilId, "left on " + leftOn);
        return saved;
    }

    /**
     * For the OPP feature, when a pupil moves with their plan to another school of the region: registers the
     * pupil (same name, birth year and group) at {@code toSchoolId}, enrolled on {@code on}. The sending school's
     * scope is checked for the pupil; the receiving school is the caller's to check (open, in the region).
     */
    public PupilSummary registerTransfer(StaffScope scope, UUID pupilId, UUID toSchoolId, LocalDate on) {
        PupilSummary from = find(scope, pupilId).summary();
        Pupil moved = rows.save(new Pupil(
                toSchoolId,
                ValidPupil.of(new PupilInput(from.name(), from.birthYear(), from.group(), on, null), today())));
        audit.record(
                scope.actor(),
                AuditAction.CREATE,
                AUDIT_SUBJECT,
                moved.summary().id(),
                "transferred from " + pupilId);
        return moved.summary();
    }

    /** For other features (the OPP): the pupil if it is in scope, without a separate audit record. */
    public PupilSummary requireInScope(StaffScope scope, UUID pupilId) {
        return find(scope, pupilId).summary();
    }

    /** For other features: those of the given pupils that are in scope (the caller audits). */
    public List<PupilSummary> inScope(StaffScope scope, java.util.Collection<UUID> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return rows.findAllById(pupilIds).stream()
                .filter(p -> scope.covers(p.getSchoolId()))
                .map(Pupil::summary)
                .toList();
    }

    /**
     * For the analysis feature, which reviews OPPs of any school in the region: the pupil without a
     * school scope. The caller decides what of it the reader may see and writes the audit record.
     */
    @AnalystsOnly
    public PupilSummary forReview(UUID pupilId) {
        return rows.findById(pupilId).orElseThrow(OutOfScopeException::new).summary();
    }

    /**
     * For the requests to the region: the pupil of the OPP a request rests on, for a case manager or an assigned
     * expert. The request service checks which request and writes the audit record (ADR 0101).
     */
    @RequestHandlers
    public PupilSummary forRequest(UUID pupilId) {
        return rows.findById(pupilId).orElseThrow(OutOfScopeException::new).summary();
    }

    /**
     * For the school-year rollover (region admin): the pupils of every school of the region who have not left.
     * The caller audits what it shows.
     */
    @RegionAdminOnly
    public List<PupilSummary> enrolledInRegion() {
        return rows.findEnrolled().stream().map(Pupil::summary).toList();
    }

    /** For the school-year rollover: the pupil moves to the next group or class. */
    @RegionAdminOnly
    public PupilSummary moveToGroup(Actor actor, UUID pupilId, String group) {
        Pupil pupil = rows.findById(pupilId).orElseThrow(OutOfScopeException::new);
        PupilSummary now = pupil.summary();
        pupil.apply(ValidPupil.of(
                new PupilInput(now.name(), now.birthYear(), group, now.enrolledOn(), now.leftOn()), today()));
        PupilSummary saved = rows.saveAndFlush(pupil).summary();
        audit.record(
                actor,
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                pupilId,
                "school year: group " + now.group() + " -> " + group);
        return saved;
    }

    /** For the school-year rollover: the pupil left at the end of the school year (groep 8, last VO year). */
    @RegionAdminOnly
    public PupilSummary leaveAtYearEnd(Actor actor, UUID pupilId, LocalDate leftOn) {
        Pupil pupil = rows.findById(pupilId).orElseThrow(OutOfScopeException::new);
        PupilSummary now = pupil.summary();
        LocalDate day = leftOn.isBefore(now.enrolledOn()) ? now.enrolledOn() : leftOn;
        pupil.apply(ValidPupil.of(
                new PupilInput(now.name(), now.birthYear(), now.group(), now.enrolledOn(), day), today()));
        PupilSummary saved = rows.saveAndFlush(pupil).summary();
        audit.record(actor, AuditAction.UPDATE, AUDIT_SUBJECT, pupilId, "school year: left on " + day);
        return saved;
    }

    private Pupil find(StaffScope scope, UUID pupilId) {
        Pupil pupil = rows.findById(pupilId).orElseThrow(OutOfScopeException::new);
        scope.check(pupil.getSchoolId());
        return pupil;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
