package nl.uitzicht.request;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.CaseManagerOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.identity.RegionMembers;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's handling of requests (issue 16 point 2), for case managers: the queue with status and due dates,
 * assigning a case manager and (for a TLV) experts, the decision with its letter, and objections. A TLV is decided
 * only after two distinct assigned experts advised, one of them an orthopedagogue or psychologist (the two-expert
 * rule, refused here whatever a screen offers). The caller's role is read from the database on every call, so a
 * revoked case manager is refused at once. Every read and change is audited.
 */
@Service
@CaseManagerOnly
public class RegionRequests {

    static final int EXPERTS_FOR_TLV = 2;

    private final RequestAccess access;
    private final RegionMembers members;
    private final DecisionLetters letters;

    RegionRequests(RequestAccess access, RegionMembers members, DecisionLetters letters) {
        this.access = access;
        this.members = members;
        this.letters = letters;
    }

    /** One page of the region's queue, by due date (the most urgent first), then by submission. */
    @Transactional
    public List<RequestSummary> queue(RegionCaller caller, QueueFilter filter, int offset, int limit) {
        access.requireRole(caller, Role.CASE_MANAGER);
        if (limit <= 0) {
            return List.of();
        }
        List<RequestSummary> page = access.summaries(RequestSearch.page(
                access.requests(),
                RequestSearch.queue(filter, caller.accountId()),
                offset,
                limit,
                Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("submittedOn"), Sort.Order.asc("id"))));
        if (!page.isEmpty()) {
            access.audit(
                    caller.actor(), AuditAction.VIEW, null, "queue " + (offset + 1) + "-" + (offset + page.size()));
        }
        return page;
    }

    /** How many requests {@link #queue} pages through. A count only; not audited. */
    @Transactional(readOnly = true)
    public int count(RegionCaller caller, QueueFilter filter) {
        access.requireRole(caller, Role.CASE_MANAGER);
        return (int) access.requests().count(RequestSearch.queue(filter, caller.accountId()));
    }

    /** One request with everything the region has on it: the experts' advice, decision, objections. */
    @Transactional
    public RequestDetail get(RegionCaller caller, UUID requestId) {
        SupportRequest request = submitted(caller, requestId);
        access.audit(caller.actor(), AuditAction.VIEW, requestId, "case manager");
        return access.detail(request, RequestAccess.AdviceShown.ALL, null);
    }

    /**
     * The OPP version the request rests on, read-only: the plan's three legal parts, its basic-support and other
     * interventions, goals, consent, monitoring and evaluations (ADR 0101). Audited as a read of the pupil's plan.
     */
    @Transactional
    public RaterDossier plan(RegionCaller caller, UUID requestId) {
        SupportRequest request = submitted(caller, requestId);
        return access.plan(caller.actor(), request, "case manager");
    }

    /** The region's case managers and experts, to assign (names only). */
    @Transactional(readOnly = true)
    public List<RegionStaffMember> staff(RegionCaller caller, Role role) {
        access.requireRole(caller, Role.CASE_MANAGER);
        if (role != Role.CASE_MANAGER && role != Role.EXPERT) {
            throw new InvalidInput("role", "request.validation.role");
        }
        return members.withRole(TenantContext.require(), role).stream()
                .map(a -> new RegionStaffMember(a.id(), a.displayName()))
                .toList();
    }

    /** Makes a case manager of the region responsible for an open request; a submitted request is then in handling. */
    @Transactional
    public RequestDetail assignCaseManager(RegionCaller caller, UUID requestId, long expectedVersion, UUID accountId) {
        SupportRequest request = open(caller, requestId, expectedVersion);
        RegionStaffMember manager = member(caller, Role.CASE_MANAGER, accountId, "caseManager");
        request.assignCaseManager(manager.accountId(), manager.name(), access.now());
        access.requests().saveAndFlush(request);
        access.audit(caller.actor(), AuditAction.UPDATE, requestId, "case manager " + manager.name());
        return access.detail(request, RequestAccess.AdviceShown.ALL, null);
    }

    /** Assigns an expert of the region to an open request: from now on the expert reads and advises on it. */
    @Transactional
    public RequestDetail assignExpert(RegionCaller caller, UUID requestId, long expectedVersion, UUID expertAccountId) {
        SupportRequest request = open(caller, requestId, expectedVersion);
        RegionStaffMember expert = member(caller, Role.EXPERT, expertAccountId, "expert");
        if (access.experts()
                .findByRequestIdAndExpertAccountId(requestId, expert.accountId())
                .isPresent()) {
            throw new InvalidInput("expert", "request.validation.expertAssigned");
        }
        access.experts()
                .saveAndFlush(new ExpertAssignment(
                        requestId, expert.accountId(), expert.name(), caller.name(), access.now()));
        if (request.getCaseManagerAccountId() == null) {
            request.assignCaseManager(caller.accountId(), caller.name(), access.now());
        } else {
            request.touch(access.now());
        }
        access.requests().saveAndFlush(request);
        access.audit(caller.actor(), AuditAction.UPDATE, requestId, "expert " + expert.name() + " assigned");
        return access.detail(request, RequestAccess.AdviceShown.ALL, null);
    }

    /**
     * Records the region's decision. For a TLV it is refused unless two distinct assigned experts advised and one of
     * them is an orthopedagogue or psychologist. The objection deadline (6 weeks) is set from the decision date.
     */
    @Transactional
    public RequestDetail decide(RegionCaller caller, UUID requestId, long expectedVersion, DecisionInput input) {
        SupportRequest request = open(caller, requestId, expectedVersion);
        DecisionInput checked = RequestRules.decision(input, request.getType(), access.today());
        if (request.getSubmittedOn() != null && checked.decidedOn().isBefore(request.getSubmittedOn())) {
            throw new InvalidInput("decidedOn", "request.validation.beforeSubmitted");
        }
        if (request.getType().isTlv()) {
            requireTwoExperts(requestId);
        }
        access.decisions()
                .saveAndFlush(new DecisionRecord(requestId, checked, caller.accountId(), caller.name(), access.now()));
        if (request.getCaseManagerAccountId() == null) {
            request.assignCaseManager(caller.accountId(), caller.name(), access.now());
        }
        request.decided(access.now());
        access.requests().saveAndFlush(request);
        access.audit(caller.actor(), AuditAction.UPDATE, requestId, "decided: " + checked.outcome());
        return access.detail(request, RequestAccess.AdviceShown.ALL, null);
    }

    /** Registers an objection (bezwaar) against a decided request, with its own deadline (6 weeks after receipt). */
    @Transactional
    public Objection registerObjection(RegionCaller caller, UUID requestId, ObjectionInput input) {
        SupportRequest request = submitted(caller, requestId);
        Decision decision = access.decisions()
                .findByRequestId(requestId)
                .map(DecisionRecord::view)
                .orElseThrow(() -> new InvalidInput("status", "request.error.notDecided"));
        ObjectionInput checked = RequestRules.objection(input, decision.decidedOn(), access.today());
        ObjectionRecord objection = new ObjectionRecord(request.getId(), checked, caller.name(), access.now());
        access.objections().saveAndFlush(objection);
        access.audit(caller.actor(), AuditAction.CREATE, requestId, "objection received " + checked.receivedOn());
        return objection.view();
    }

    /** Records how an objection ended, with the version the screen saw. */
    @Transactional
    public Objection decideObjection(
            RegionCaller caller,
            UUID objectionId,
            long expectedVersion,
            ObjectionOutcome outcome,
            String reasons,
            java.time.LocalDate decidedOn) {
        access.requireRole(caller, Role.CASE_MANAGER);
        ObjectionRecord objection = access.objections().findById(objectionId).orElseThrow(OutOfScopeException::new);
        if (objection.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
                    ObjectionRecord.class, objectionId);
        }
        if (objection.getOutcome() != null) {
            throw new InvalidInput("outcome", "request.error.objectionDecided");
        }
        String text =
                RequestRules.objectionOutcome(outcome, reasons, decidedOn, objection.getReceivedOn(), access.today());
        objection.decide(outcome, text, decidedOn);
        access.objections().saveAndFlush(objection);
        access.audit(caller.actor(), AuditAction.UPDATE, objection.getRequestId(), "objection decided: " + outcome);
        return objection.view();
    }

    /** An attachment's content, for download. */
    @Transactional
    public byte[] attachment(RegionCaller caller, UUID requestId, UUID attachmentId) {
        submitted(caller, requestId);
        byte[] content = access.attachments().content(requestId, attachmentId).orElseThrow(OutOfScopeException::new);
        access.audit(caller.actor(), AuditAction.VIEW, requestId, "attachment " + attachmentId);
        return content;
    }

    /** The decision letter (PDF). Rendered outside any transaction; audited as an export. */
    public byte[] letter(RegionCaller caller, UUID requestId) {
        return letters.letter(() -> submitted(caller, requestId), caller.actor(), true);
    }

    /** A request the school submitted (a school's draft is not the region's to read). */
    private SupportRequest submitted(RegionCaller caller, UUID requestId) {
        SupportRequest request = access.forCaseManager(caller, requestId);
        if (request.getStatus() == RequestStatus.DRAFT) {
            throw new OutOfScopeException();
        }
        return request;
    }

    private SupportRequest open(RegionCaller caller, UUID requestId, long expectedVersion) {
        SupportRequest request = submitted(caller, requestId);
        RequestAccess.expectVersion(request, expectedVersion);
        if (!request.getStatus().open()) {
            throw new InvalidInput("status", "request.error.closed");
        }
        return request;
    }

    private RegionStaffMember member(RegionCaller caller, Role role, UUID accountId, String field) {
        return staff(caller, role).stream()
                .filter(m -> m.accountId().equals(accountId))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "request.validation.notInRole"));
    }

    /** The two-expert rule for a TLV. */
    private void requireTwoExperts(UUID requestId) {
        Set<UUID> assigned = access.experts().findByRequestId(requestId).stream()
                .map(ExpertAssignment::getExpertAccountId)
                .collect(Collectors.toSet());
        List<AdviceRecord> given = access.advice().findByRequestIdOrderByGivenOn(requestId).stream()
                .filter(a -> assigned.contains(a.getExpertAccountId()))
                .toList();
        long distinct =
                given.stream().map(AdviceRecord::getExpertAccountId).distinct().count();
        boolean behavioural = given.stream().anyMatch(a -> a.getDiscipline().behavioural());
        if (distinct < EXPERTS_FOR_TLV || !behavioural) {
            throw new TwoExpertRuleException();
        }
    }
}
