package nl.uitzicht.parent;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.ParentOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupil's own plan ("mijn plan", issue 15, ADR 0087): the pupil's school decides per pupil whether the
 * pupil may look along on a parent's account ("mijn kind laat meekijken"). Closed until staff of the
 * pupil's school open it; they can close it again at any moment, and the next call of an open page is
 * refused. Every change is in the pupil's audit trail. The pupil reaches nothing the parent does not: the
 * parent link is checked first ({@link ParentLinks#requireChild}).
 */
@Service
@Transactional
public class OwnPlanAccess {

    private final OwnPlanSwitchRows rows;
    private final ParentLinks links;
    private final PupilRegister pupils;
    private final AuditLog audit;
    private final Clock clock;

    OwnPlanAccess(OwnPlanSwitchRows rows, ParentLinks links, PupilRegister pupils, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.links = links;
        this.pupils = pupils;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the pupil of the staff member's schools may look at their own plan. */
    @StaffOnly
    @Transactional(readOnly = true)
    public OwnPlanStatus status(StaffScope scope, UUID pupilId) {
        pupils.requireInScope(scope, pupilId);
        return rows.findByPupilId(pupilId).map(OwnPlanSwitch::status).orElse(OwnPlanStatus.NEVER);
    }

    /**
     * Lets the pupil in ({@code open}) or takes it away, as staff of the pupil's school, naming the
     * version of the status they saw ({@link OwnPlanStatus#version()}; -1 when it was never set).
     */
    @StaffOnly
    public OwnPlanStatus set(StaffScope scope, UUID pupilId, boolean open, long expectedVersion) {
        PupilSummary pupil = pupils.requireInScope(scope, pupilId);
        Optional<OwnPlanSwitch> found = rows.findByPupilId(pupilId);
        long current = found.map(OwnPlanSwitch::getVersion).orElse(-1L);
        if (current != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OwnPlanSwitch.class, pupilId);
        }
        OwnPlanSwitch row =
                found.orElseGet(() -> new OwnPlanSwitch(pupilId, pupil.schoolId(), scope.name(), clock.instant()));
        row.set(open, pupil.schoolId(), scope.name(), clock.instant());
        OwnPlanSwitch saved;
        try {
            saved = rows.saveAndFlush(row);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            // someone else set it meanwhile (also the very first time: the pupil's row is unique)
            throw new ObjectOptimisticLockingFailureException(OwnPlanSwitch.class, pupilId);
        }
        audit.record(
                scope.actor(),
                AuditAction.UPDATE,
                ParentLinks.AUDIT_SUBJECT,
                pupilId,
                open ? "own plan: pupil let in" : "own plan: pupil's access taken away");
        return saved.status();
    }

    /** Whether this parent's child may look at their own plan on the parent's account. */
    @ParentOnly
    @Transactional(readOnly = true)
    public boolean isOpen(ParentScope scope, UUID pupilId) {
        links.requireChild(scope, pupilId);
        return rows.findByPupilId(pupilId).map(OwnPlanSwitch::isOpen).orElse(false);
    }

    /**
     * The pupil, if the parent has an active link to it and the school lets the pupil in; otherwise
     * {@link OutOfScopeException}, the same as for someone else's pupil. Every read and write of the
     * pupil's own plan goes through here.
     */
    @ParentOnly
    @Transactional(readOnly = true)
    public ParentChild requireOpen(ParentScope scope, UUID pupilId) {
        ParentChild child = links.requireChild(scope, pupilId);
        if (!rows.findByPupilId(pupilId).map(OwnPlanSwitch::isOpen).orElse(false)) {
            throw new OutOfScopeException();
        }
        return child;
    }
}
