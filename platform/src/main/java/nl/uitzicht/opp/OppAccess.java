package nl.uitzicht.opp;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way into an OPP for the services: finds it, checks the person's school scope, checks the
 * version they saw, writes the audit record and flushes so a lost update surfaces as a conflict.
 */
@Component
class OppAccess {

    static final String AUDIT_SUBJECT = "OPP";

    private final OppRows opps;
    private final OppVersionRows versions;
    private final PupilRegister pupils;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OppAccess(
            OppRows opps,
            OppVersionRows versions,
            PupilRegister pupils,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.clock = clock;
        this.opps = opps;
        this.versions = versions;
        this.pupils = pupils;
        this.audit = audit;
    }

    Opp load(StaffScope scope, UUID oppId) {
        Opp opp = opps.findById(oppId).orElseThrow(OutOfScopeException::new);
        scope.check(opp.getSchoolId());
        return opp;
    }

    Opp forChange(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = load(scope, oppId);
        if (opp.getVersion() != expectedVersion) {
            throw new OppConflictException();
        }
        return opp;
    }

    OppVersion current(Opp opp) {
        return versions.findByOppIdAndVersionNo(opp.getId(), opp.getCurrentVersionNo())
                .orElseThrow();
    }

    OppVersion version(Opp opp, int versionNo) {
        return versions.findByOppIdAndVersionNo(opp.getId(), versionNo).orElseThrow(OutOfScopeException::new);
    }

    /** Marks the plan changed, flushes (a concurrent save shows up here) and audits the change. */
    OppPlan changed(StaffScope scope, Opp opp, AuditAction action, String detail) {
        opp.touch(now());
        try {
            opps.saveAndFlush(opp);
            versions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new OppConflictException();
        }
        audit(scope, opp, action, detail);
        return plan(scope, opp);
    }

    void audit(StaffScope scope, @Nullable Opp opp, AuditAction action, @Nullable String detail) {
        audit(scope.actor(), opp, action, detail);
    }

    void audit(Actor actor, @Nullable Opp opp, AuditAction action, @Nullable String detail) {
        audit.record(actor, action, AUDIT_SUBJECT, opp == null ? null : opp.getId(), detail);
    }

    OppPlan plan(StaffScope scope, Opp opp) {
        return plan(opp, pupils.requireInScope(scope, opp.getPupilId()));
    }

    /** The plan with its pupil as the caller found it (in a staff member's scope, or for review). */
    OppPlan plan(Opp opp, PupilSummary pupil) {
        return new OppPlan(
                opp.getId(),
                pupil,
                opp.getSchoolId(),
                opp.getState(),
                opp.deadlines(),
                opp.getVersion(),
                current(opp).content(),
                opp.ending());
    }

    /** Tells the listeners (after the commit) that the pupil's parents are asked to take part. */
    void askParents(Opp opp, ParentsAsked.Occasion occasion) {
        events.publishEvent(new ParentsAsked(TenantContext.require(), opp.getId(), opp.getPupilId(), occasion));
    }

    OppVersionRows versions() {
        return versions;
    }

    OppRows opps() {
        return opps;
    }

    /**
     * The pupil's plan a family may see (parents, and the pupil on a parent's account): the newest one past
     * its draft. A draft, also a discarded one, stays the school's.
     */
    java.util.Optional<Opp> sharedWithFamily(UUID pupilId) {
        return opps.findByPupilId(pupilId).stream()
                .filter(o -> o.getState() != OppState.DRAFT && o.getState() != OppState.DISCARDED)
                .max(java.util.Comparator.comparing(Opp::getCreatedAt));
    }

    Instant now() {
        return clock.instant();
    }
}
