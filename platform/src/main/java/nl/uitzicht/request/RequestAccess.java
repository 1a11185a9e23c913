package nl.uitzicht.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.Callers;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.RegionMembers;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.opp.RequestedPlans;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every request service shares: loading a request for one kind of reader (a school's staff, a case manager, an
 * assigned expert) and refusing everyone else with the same answer as for a request that does not exist, the role
 * checked again in the database (a revoked member is refused at once), the audit record, and the views.
 */
@Component
class RequestAccess {

    static final String AUDIT_SUBJECT = "SUPPORT_REQUEST";

    /** The audit subject of the OPP module's own records, so a plan's reads through a request are in its trail. */
    static final String OPP_AUDIT_SUBJECT = "OPP";

    private final SupportRequests requests;
    private final AttachmentRows attachments;
    private final ExpertAssignments experts;
    private final AdviceRows advice;
    private final DecisionRows decisions;
    private final ObjectionRows objections;
    private final SchoolDirectory schools;
    private final RegionMembers members;
    private final Callers callers;
    private final RequestedPlans plans;
    private final AuditLog audit;
    private final Clock clock;

    RequestAccess(
            SupportRequests requests,
            AttachmentRows attachments,
            ExpertAssignments experts,
            AdviceRows advice,
            DecisionRows decisions,
            ObjectionRows objections,
            SchoolDirectory schools,
            RegionMembers members,
            Callers callers,
            RequestedPlans plans,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.attachments = attachments;
        this.experts = experts;
        this.advice = advice;
        this.decisions = decisions;
        this.objections = objections;
        this.schools = schools;
        this.members = members;
        this.callers = callers;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    SupportRequests requests() {
        return requests;
    }

    AttachmentRows attachments() {
        return attachments;
    }

    ExpertAssignments experts() {
        return experts;
    }

    AdviceRows advice() {
        return advice;
    }

    DecisionRows decisions() {
        return decisions;
    }

    ObjectionRows objections() {
        return objections;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A request of one of the staff member's schools. */
    SupportRequest forSchool(StaffScope scope, UUID requestId) {
        SupportRequest request = requests.findById(requestId).orElseThrow(OutOfScopeException::new);
        if (!scope.covers(request.getSchoolId())) {
            throw new OutOfScopeException();
        }
        return request;
    }

    /** Any request of the region, for a case manager who still holds the role. */
    SupportRequest forCaseManager(RegionCaller caller, UUID requestId) {
        requireRole(caller, Role.CASE_MANAGER);
        return requests.findById(requestId).orElseThrow(OutOfScopeException::new);
    }

    /** A request assigned to this expert (who still holds the role); any other is "not found". */
    SupportRequest forExpert(RegionCaller caller, UUID requestId) {
        requireRole(caller, Role.EXPERT);
        SupportRequest request = requests.findById(requestId).orElseThrow(OutOfScopeException::new);
        if (experts.findByRequestIdAndExpertAccountId(requestId, caller.accountId())
                .isEmpty()) {
            throw new OutOfScopeException();
        }
        return request;
    }

    /** The caller's role in the bound region, read from the database now: a revoked member is refused. */
    void requireRole(RegionCaller caller, Role role) {
        if (callers.isSystem()) {
            return;
        }
        if (!members.holds(caller.accountId(), TenantContext.require(), role)) {
            throw new AccessDeniedException("No longer " + role + " in this region");
        }
    }

    /**
     * The OPP version the request rests on, read for someone who may read the request ({@code reader} says who, for
     * the audit trail): audited as a read of the pupil's plan. "Not found" when retention deleted the plan.
     */
    RaterDossier plan(Actor actor, SupportRequest request, String reader) {
        RaterDossier plan =
                plans.version(request.getOppId(), request.getOppVersionNo()).orElseThrow(OutOfScopeException::new);
        audit.record(
                actor,
                AuditAction.VIEW,
                OPP_AUDIT_SUBJECT,
                request.getOppId(),
                "version " + request.getOppVersionNo() + " for request " + request.getId() + " (" + reader + ")");
        return plan;
    }

    /** A read of the pupil's plan (e.g. the parents' notes in it) on the way to a request. */
    void auditPlanRead(Actor actor, UUID oppId, String detail) {
        audit.record(actor, AuditAction.VIEW, OPP_AUDIT_SUBJECT, oppId, detail);
    }

    /** The day an instant falls on, in the application's zone. */
    LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** The acting account, or the nil id for the system's own work (demo data). */
    static UUID accountOf(Actor actor) {
        UUID id = actor.id();
        return id == null ? new UUID(0L, 0L) : id;
    }

    static void expectVersion(SupportRequest request, long expectedVersion) {
        if (request.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SupportRequest.class, request.getId());
        }
    }

    void audit(Actor actor, AuditAction action, @Nullable UUID requestId, String detail) {
        audit.record(actor, action, AUDIT_SUBJECT, requestId, detail);
    }

    List<RequestSummary> summaries(Collection<SupportRequest> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> schoolIds = rows.stream().map(SupportRequest::getSchoolId).collect(Collectors.toSet());
        Map<UUID, String> schoolNames =
                schools.byIds(schoolIds).stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
        Map<UUID, Outcome> outcomes = rows.stream()
                .filter(r -> r.getStatus() == RequestStatus.DECIDED)
                .map(r -> decisions
                        .findByRequestId(r.getId())
                        .map(d -> Map.entry(r.getId(), d.view().outcome())))
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LocalDate today = today();
        return rows.stream()
                .map(r -> summary(r, schoolNames.getOrDefault(r.getSchoolId(), ""), outcomes.get(r.getId()), today))
                .toList();
    }

    private static RequestSummary summary(
            SupportRequest r, String schoolName, @Nullable Outcome outcome, LocalDate today) {
        return new RequestSummary(
                r.getId(),
                r.getPupilId(),
                r.getPupilName(),
                r.getSchoolId(),
                schoolName,
                r.getType(),
                r.getStatus(),
                r.getSubmittedOn(),
                r.getDueOn(),
                r.getCaseManagerName(),
                outcome,
                DueState.of(r.getStatus(), r.getDueOn(), today));
    }

    /** Which advice a reader sees: all (case manager), none (school), only their own (an expert). */
    enum AdviceShown {
        ALL,
        NONE,
        OWN
    }

    RequestDetail detail(SupportRequest r, AdviceShown shown, @Nullable UUID reader) {
        List<AdviceRecord> given = advice.findByRequestIdOrderByGivenOn(r.getId());
        Set<UUID> advised = given.stream().map(AdviceRecord::getExpertAccountId).collect(Collectors.toSet());
        List<Advice> visible = switch (shown) {
            case ALL -> given.stream().map(AdviceRecord::view).toList();
            case NONE -> List.of();
            case OWN ->
                given.stream()
                        .filter(a -> a.getExpertAccountId().equals(reader))
                        .map(AdviceRecord::view)
                        .toList();
        };
        return new RequestDetail(
                summaries(List.of(r)).getFirst(),
                r.getFundingCategory(),
                r.getExtendsRequestId(),
                r.getOppId(),
                r.getOppVersionNo(),
                r.getQuestion(),
                r.getBasicSupportDone(),
                r.getBasicSupportCategoryIds(),
                r.getParentsView(),
                r.getParentsViewSource(),
                r.getParentsViewGivenAt(),
                r.getCreatedByName(),
                experts.findByRequestId(r.getId()).stream()
                        .map(e -> new RequestDetail.AssignedExpert(
                                e.getExpertAccountId(), e.getExpertName(), advised.contains(e.getExpertAccountId())))
                        .toList(),
                visible,
                decisions.findByRequestId(r.getId()).map(DecisionRecord::view).orElse(null),
                objections.findByRequestIdOrderByReceivedOn(r.getId()).stream()
                        .map(ObjectionRecord::view)
                        .toList(),
                attachments.infos(r.getId()),
                r.getVersion());
    }
}
