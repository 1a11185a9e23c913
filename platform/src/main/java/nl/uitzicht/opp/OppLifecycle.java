package nl.uitzicht.opp;

import static nl.uitzicht.opp.OppEditor.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPP's clocks and its ways out (ADR 0077): correcting the start of the extra support, discarding a
 * draft, closing a plan with a reason and the pupil's destination, the pupil leaving the school (close or
 * transfer), and the mid-year adjustment (bijstellen). Every step takes the version the screen saw, checks
 * the school scope and writes an audit record.
 */
@Service
@Transactional
@StaffOnly
public class OppLifecycle {

    static final int NOTE = 500;

    private static final Set<ExitDestination> SPECIAL_EDUCATION =
            EnumSet.of(ExitDestination.SBO, ExitDestination.SO, ExitDestination.VSO);

    private final OppAccess access;
    private final PupilRegister pupils;
    private final SchoolDirectory schools;
    private final Clock clock;

    OppLifecycle(OppAccess access, PupilRegister pupils, SchoolDirectory schools, Clock clock) {
        this.access = access;
        this.pupils = pupils;
        this.schools = schools;
        this.clock = clock;
    }

    /**
     * When extra support started: not in the future and not before the pupil's enrolment. The rule for
     * starting a plan ({@link OppPlans#start}) and for correcting the date later.
     */
    static LocalDate supportStart(@Nullable LocalDate on, LocalDate enrolledOn, LocalDate today) {
        LocalDate start = required("supportStartedOn", on);
        if (start.isAfter(today)) {
            throw new InvalidInput("supportStartedOn", "opp.validation.dateInFuture");
        }
        if (start.isBefore(enrolledOn)) {
            throw new InvalidInput("supportStartedOn", "opp.error.startBeforeEnrolment");
        }
        return start;
    }

    /** Corrects the start of the extra support of an open plan; the 6-week deadline moves with it. */
    public OppPlan correctSupportStart(StaffScope scope, UUID oppId, long expectedVersion, @Nullable LocalDate on) {
        Opp opp = open(scope, oppId, expectedVersion);
        PupilSummary pupil = pupils.requireInScope(scope, opp.getPupilId());
        LocalDate before = opp.deadlines().supportStartedOn();
        LocalDate start = supportStart(on, pupil.enrolledOn(), today());
        if (start.equals(before)) {
            return access.plan(scope, opp);
        }
        opp.supportStartedOn(start);
        return access.changed(scope, opp, AuditAction.UPDATE, "support started " + before + " -> " + start);
    }

    /** Throws a draft away: it leaves every list and count, and stays in the audit log. */
    public OppPlan discard(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        opp.moveTo(OppState.DISCARDED, access.now());
        return access.changed(scope, opp, AuditAction.DELETE, "discarded draft");
    }

    /** Closes the plan at any open state, with the reason and the pupil's destination where known. */
    public OppPlan close(StaffScope scope, UUID oppId, long expectedVersion, ClosingInput input) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        ClosingReason reason = required("reason", input.reason());
        String note = InvalidInput.text("note", input.note(), NOTE, reason == ClosingReason.OTHER);
        if (reason == ClosingReason.SPECIAL_EDUCATION
                && input.destination() != null
                && !SPECIAL_EDUCATION.contains(input.destination())) {
            throw new InvalidInput("destination", "opp.close.error.specialDestination");
        }
        LocalDate on = closingDate(opp, input.closedOn());
        closeAs(scope.actor(), opp, on, reason, note, input.destination());
        return access.changed(
                scope,
                opp,
                AuditAction.UPDATE,
                "closed " + on + ", " + reason + (input.destination() == null ? "" : ", to " + input.destination()));
    }

    /**
     * The pupil leaves the school: records the leaving date and, if the pupil has an open plan, closes it
     * (reason: pupil left, with the destination where known) or transfers it with the pupil to another
     * school of the region, where the pupil is registered anew. {@code expectedPupilVersion}: the pupil as
     * the screen saw them.
     */
    public PupilSummary pupilLeaves(StaffScope scope, UUID pupilId, long expectedPupilVersion, LeavingInput input) {
        PupilSummary pupil = pupils.requireInScope(scope, pupilId);
        LocalDate leftOn = required("leftOn", input.leftOn());
        Opp opp = access.opps().findByPupilId(pupilId).stream()
                .filter(o -> o.getState().open())
                .findFirst()
                .orElse(null);
        if (opp == null) {
            return pupils.recordLeaving(scope, pupilId, expectedPupilVersion, leftOn);
        }
        LeavingInput.Choice choice = required("choice", input.choice());
        if (choice == LeavingInput.Choice.CLOSE) {
            PupilSummary left = pupils.recordLeaving(scope, pupilId, expectedPupilVersion, leftOn);
            closeAs(scope.actor(), opp, closingDate(opp, leftOn), ClosingReason.PUPIL_LEFT, "", input.destination());
            access.changed(
                    scope,
                    opp,
                    AuditAction.UPDATE,
                    "closed " + leftOn + ", PUPIL_LEFT"
                            + (input.destination() == null ? "" : ", to " + input.destination()));
            return left;
        }
        SchoolSummary to = receivingSchool(pupil, input.toSchoolId());
        PupilSummary left = pupils.recordLeaving(scope, pupilId, expectedPupilVersion, leftOn);
        PupilSummary there = pupils.registerTransfer(scope, pupilId, to.id(), leftOn);
        opp.transferTo(there.id(), to.id());
        opp.touch(access.now());
        access.opps().saveAndFlush(opp);
        access.audit(scope, opp, AuditAction.UPDATE, "transferred " + leftOn + " to school " + to.id());
        return left;
    }

    /**
     * Bijstellen: starts a new version of the active plan to adjust mid-year. Support goes on under the
     * consented version until the adjustment is finished.
     */
    public OppPlan startAdjustment(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (opp.getState() != OppState.ACTIVE) {
            throw new IllegalTransitionException(opp.getState(), OppState.ADJUSTING);
        }
        opp.moveTo(OppState.ADJUSTING, access.now());
        OppVersion active = access.current(opp);
        opp.nextVersion();
        OppVersion adjusted = active.copyAs(opp.getCurrentVersionNo(), access.now());
        // Mid-year the pupil's view still holds (the evaluation asks it anew); it can be updated while adjusting.
        OppContent before = active.content();
        LocalDate heardOn = before.pupilHeardOn();
        if (heardOn != null) {
            adjusted.pupilView(before.pupilView(), heardOn);
        }
        access.versions().save(adjusted);
        return access.changed(scope, opp, AuditAction.UPDATE, "state ADJUSTING, version " + opp.getCurrentVersionNo());
    }

    /**
     * Finishes the adjustment. The plan must still be complete. A changed handelingsdeel needs the parents'
     * consent again (AWAITING_CONSENT: record the consent conversation); otherwise the adjusted version
     * takes over at once under the consent already given.
     */
    public OppPlan finishAdjustment(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (opp.getState() != OppState.ADJUSTING) {
            throw new IllegalTransitionException(opp.getState(), OppState.ACTIVE);
        }
        OppVersion adjusted = access.current(opp);
        List<String> missing = OppWorkflow.missingParts(adjusted.content());
        if (!missing.isEmpty()) {
            throw new IncompletePlanException(missing);
        }
        OppContent before = access.version(opp, opp.getCurrentVersionNo() - 1).content();
        if (needsConsent(before, adjusted.content())) {
            opp.moveTo(OppState.AWAITING_CONSENT, access.now());
            OppPlan plan = access.changed(
                    scope, opp, AuditAction.UPDATE, "adjusted, handelingsdeel changed: state AWAITING_CONSENT");
            access.askParents(opp, ParentsAsked.Occasion.CONSENT_ASKED);
            return plan;
        }
        opp.moveTo(OppState.ACTIVE, access.now());
        if (before.consentedOn() != null) {
            adjusted.consented(before.consentedOn());
        }
        return access.changed(
                scope,
                opp,
                AuditAction.UPDATE,
                "adjusted, handelingsdeel unchanged: version " + opp.getCurrentVersionNo() + " active");
    }

    /** Stops an adjustment: the adjusted version is dropped, the consented one stays in force. */
    public OppPlan cancelAdjustment(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (opp.getState() != OppState.ADJUSTING) {
            throw new IllegalTransitionException(opp.getState(), OppState.ACTIVE);
        }
        opp.moveTo(OppState.ACTIVE, access.now());
        dropWorkingVersion(opp);
        return access.changed(scope, opp, AuditAction.UPDATE, "adjustment cancelled");
    }

    /**
     * For the school-year rollover (region admin): the bound region's open plans, with what the rollover needs
     * to know of them.
     */
    @RegionAdminOnly
    public List<OpenPlan> openPlansInRegion() {
        return access.opps().findOpen().stream()
                .map(o -> new OpenPlan(
                        o.getId(),
                        o.getPupilId(),
                        o.getSchoolId(),
                        o.getState(),
                        o.deadlines().nextEvaluationOn()))
                .toList();
    }

    /**
     * For the school-year rollover: the pupil left at the end of the school year, so the open plan closes with
     * the reason "pupil left" on that day (or on the start of the support, when that came later).
     */
    @RegionAdminOnly
    public void closeOnLeaving(Actor actor, UUID oppId, LocalDate leftOn) {
        Opp opp = access.opps().findById(oppId).orElseThrow(OutOfScopeException::new);
        if (!opp.getState().open()) {
            throw new NotEditableException(opp.getState());
        }
        LocalDate start = opp.deadlines().supportStartedOn();
        LocalDate on = leftOn.isBefore(start) ? start : leftOn;
        closeAs(actor, opp, on, ClosingReason.PUPIL_LEFT, "", null);
        saveFor(actor, opp, "closed " + on + ", PUPIL_LEFT (school year rollover)");
    }

    /** For the school-year rollover: the yearly evaluation of an active plan falls in the new school year. */
    @RegionAdminOnly
    public void scheduleEvaluation(Actor actor, UUID oppId, LocalDate on) {
        Opp opp = access.opps().findById(oppId).orElseThrow(OutOfScopeException::new);
        if (opp.getState() != OppState.ACTIVE) {
            throw new NotEditableException(opp.getState());
        }
        opp.evaluationDue(on);
        saveFor(actor, opp, "evaluation due " + on + " (school year rollover)");
    }

    private void saveFor(Actor actor, Opp opp, String detail) {
        opp.touch(access.now());
        try {
            access.opps().saveAndFlush(opp);
            access.versions().flush();
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new OppConflictException();
        }
        access.audit(actor, opp, AuditAction.UPDATE, detail);
    }

    /** A new consent conversation is needed when the part the parents consent to changed. */
    static boolean needsConsent(OppContent before, OppContent after) {
        return !before.handelingsdeel().equals(after.handelingsdeel());
    }

    private void closeAs(
            Actor actor,
            Opp opp,
            LocalDate on,
            ClosingReason reason,
            String note,
            @Nullable ExitDestination destination) {
        boolean workingCopy = opp.getState() == OppState.ADJUSTING
                || opp.getState() == OppState.IN_EVALUATION
                || opp.getState() == OppState.AWAITING_CONSENT && opp.everActive();
        opp.moveTo(OppState.CLOSED, access.now());
        if (workingCopy) {
            // The plan closes as it was in force: the unconsented adjusted or evaluated copy goes.
            dropWorkingVersion(opp);
            access.audit(actor, opp, AuditAction.DELETE, "unconsented working version dropped on closing");
        }
        opp.closed(on, reason, note, destination);
    }

    private void dropWorkingVersion(Opp opp) {
        access.versions().delete(access.current(opp));
        access.versions().flush();
        opp.previousVersion();
    }

    private Opp open(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (!opp.getState().open()) {
            throw new NotEditableException(opp.getState());
        }
        return opp;
    }

    /** The closing day: given (or today), not in the future, not before extra support started. */
    private LocalDate closingDate(Opp opp, @Nullable LocalDate on) {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new InvalidInput("closedOn", "opp.validation.dateInFuture");
        }
        if (day.isBefore(opp.deadlines().supportStartedOn())) {
            throw new InvalidInput("closedOn", "opp.close.error.beforeStart");
        }
        return day;
    }

    private SchoolSummary receivingSchool(PupilSummary pupil, @Nullable UUID toSchoolId) {
        UUID id = required("toSchoolId", toSchoolId);
        SchoolSummary school = schools.find(id)
                .filter(SchoolSummary::open)
                .orElseThrow(() -> new InvalidInput("toSchoolId", "opp.leave.error.unknownSchool"));
        if (school.id().equals(pupil.schoolId())) {
            throw new InvalidInput("toSchoolId", "opp.leave.error.sameSchool");
        }
        return school;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
